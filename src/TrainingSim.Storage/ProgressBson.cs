using LiteDB;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;

namespace TrainingSim.Storage;

/// <summary>Explicit BsonDocument mapping (no reflection mapper, so trimmed and AOT builds work). Times are
/// stored as UTC ticks plus the offset in minutes, so they read back exactly.</summary>
internal static class ProgressBson
{
    public const string Trainees = "trainees";
    public const string Attempts = "attempts";
    public const string Turns = "turns";

    public static BsonDocument ToDocument(Trainee trainee) => new()
    {
        ["_id"] = trainee.Name,
        ["cohort"] = trainee.Cohort,
        ["created"] = trainee.CreatedAt.UtcTicks,
        ["createdOff"] = (int)trainee.CreatedAt.Offset.TotalMinutes,
    };

    public static Trainee ToTrainee(BsonDocument doc) =>
        new(doc["_id"].AsString, NullableString(doc["cohort"]), Time(doc, "created")!.Value);

    public static BsonDocument ToDocument(AttemptRecord attempt)
    {
        var doc = new BsonDocument
        {
            ["_id"] = attempt.Id,
            ["trainee"] = attempt.Trainee,
            ["cohort"] = attempt.Cohort,
            ["scenario"] = attempt.ScenarioId,
            ["version"] = attempt.ScenarioVersion,
            ["mode"] = attempt.Mode == PlayMode.Exam ? "exam" : "practice",
            ["outcome"] = attempt.Outcome,
            ["success"] = attempt.Success,
            ["score"] = attempt.Score,
            ["stars"] = attempt.Stars,
            ["skills"] = new BsonArray(attempt.Skills.Select(kv => new BsonArray { kv.Key, kv.Value })),
        };
        SetTime(doc, "started", attempt.StartedAt);
        SetTime(doc, "ended", attempt.EndedAt);
        ApplyReview(doc, attempt);
        return doc;
    }

    /// <summary>The review's fields of an attempt: its scoring now (score, stars, skills), the first scoring kept by
    /// a re-scoring (<c>rescore</c>) and a staff override (<c>override</c>); absent ones are null.</summary>
    public static void ApplyReview(BsonDocument doc, AttemptRecord attempt)
    {
        doc["score"] = attempt.Score;
        doc["stars"] = attempt.Stars;
        doc["skills"] = new BsonArray(attempt.Skills.Select(kv => new BsonArray { kv.Key, kv.Value }));
        if (attempt.Rescore is { } r)
        {
            var rescore = new BsonDocument { ["score"] = r.OriginalScore, ["stars"] = r.OriginalStars, ["version"] = r.Version };
            SetTime(rescore, "at", r.At);
            doc["rescore"] = rescore;
        }
        else
        {
            doc["rescore"] = BsonValue.Null;
        }

        doc["override"] = attempt.Override is { } o ? ToDocument(o) : BsonValue.Null;
    }

    private static BsonDocument ToDocument(ScoreOverride o)
    {
        var doc = new BsonDocument
        {
            ["score"] = o.Score,
            ["stars"] = o.Stars,
            ["scored"] = o.ScoredScore,
            ["scoredStars"] = o.ScoredStars,
            ["by"] = o.By,
            ["comment"] = o.Comment,
        };
        SetTime(doc, "at", o.At);
        return doc;
    }

    private static AttemptRescore? ToRescore(BsonValue value) =>
        value.IsDocument
            ? new AttemptRescore(value["score"].AsInt32, value["stars"].AsInt32, value["version"].AsString, Time(value.AsDocument, "at")!.Value)
            : null;

    private static ScoreOverride? ToOverride(BsonValue value) =>
        value.IsDocument
            ? new ScoreOverride(value["score"].AsInt32, value["stars"].AsInt32, value["scored"].AsInt32, value["scoredStars"].AsInt32,
                value["by"].AsString, value["comment"].AsString, Time(value.AsDocument, "at")!.Value)
            : null;

    public static void ApplyFinish(BsonDocument doc, AttemptFinish finish)
    {
        doc["outcome"] = finish.Outcome;
        doc["success"] = finish.Success;
        doc["score"] = finish.Score;
        doc["stars"] = finish.Stars;
        doc["skills"] = new BsonArray(finish.Skills.Select(kv => new BsonArray { kv.Key, kv.Value }));
        SetTime(doc, "ended", finish.EndedAt);
    }

    public static AttemptRecord ToAttempt(BsonDocument doc, IReadOnlyList<TurnRecord> turns) => new()
    {
        Id = doc["_id"].AsGuid,
        Trainee = doc["trainee"].AsString,
        Cohort = NullableString(doc["cohort"]),
        ScenarioId = doc["scenario"].AsString,
        ScenarioVersion = doc["version"].AsString,
        Mode = doc["mode"].AsString == "exam" ? PlayMode.Exam : PlayMode.Practice,
        StartedAt = Time(doc, "started")!.Value,
        EndedAt = Time(doc, "ended"),
        Outcome = NullableString(doc["outcome"]),
        Success = doc["success"].AsBoolean,
        Score = doc["score"].AsInt32,
        Stars = doc["stars"].AsInt32,
        Skills = doc["skills"].AsArray.ToDictionary(p => p[0].AsString, p => p[1].AsInt32, StringComparer.Ordinal),
        Turns = turns,
        Rescore = ToRescore(doc["rescore"]),
        Override = ToOverride(doc["override"]),
    };

    public static BsonDocument ToDocument(Guid attemptId, TurnRecord turn)
    {
        var doc = new BsonDocument
        {
            ["attempt"] = attemptId,
            ["i"] = turn.Index,
            ["step"] = turn.StepId,
            ["reply"] = turn.Reply,
            ["choice"] = turn.Choice is { } c ? c : BsonValue.Null,
            ["order"] = new BsonArray(turn.ChoiceOrder.Select(n => new BsonValue(n))),
            ["secs"] = turn.SecondsTaken is { } s ? s : BsonValue.Null,
            ["over"] = turn.OverTime,
            ["overLoss"] = turn.OverTimeLoss,
            ["matched"] = Strings(turn.Matched),
            ["missed"] = Strings(turn.Missed),
            ["penalties"] = Strings(turn.Penalties),
            ["hint"] = turn.HintUsed,
            ["bonus"] = turn.BonusMatched,
            ["score"] = turn.Score,
            ["net"] = turn.Net,
            ["max"] = turn.Maximum,
            ["skills"] = new BsonArray(turn.Skills.Select(kv => new BsonArray { kv.Key, kv.Value.Net, kv.Value.Maximum })),
            ["mood"] = turn.MoodAfter,
            ["next"] = turn.NextStepId,
            ["hungUp"] = turn.HungUp,
            ["orig"] = turn.OriginalScore is { } original ? original : BsonValue.Null,
        };
        if (turn.TimedOut.Count > 0)
            doc["timedOut"] = Strings(turn.TimedOut);
        SetTime(doc, "at", turn.AnsweredAt);
        return doc;
    }

    /// <summary>A turn's scoring as a re-scoring changed it (everything else of the turn stays as answered).</summary>
    public static void ApplyRescore(BsonDocument doc, TurnRecord turn)
    {
        var fresh = ToDocument(doc["attempt"].AsGuid, turn);
        foreach (var key in (string[])["matched", "missed", "penalties", "bonus", "score", "net", "max", "overLoss", "skills", "orig"])
            doc[key] = fresh[key];
        if (fresh.ContainsKey("timedOut"))
            doc["timedOut"] = fresh["timedOut"];
        else
            doc.Remove("timedOut");
    }

    public static TurnRecord ToTurn(BsonDocument doc) => new()
    {
        Index = doc["i"].AsInt32,
        StepId = doc["step"].AsString,
        Reply = doc["reply"].AsString,
        Choice = doc["choice"].IsNull ? null : doc["choice"].AsInt32,
        ChoiceOrder = doc["order"].IsArray ? [.. doc["order"].AsArray.Select(n => n.AsInt32)] : [],
        SecondsTaken = doc["secs"].IsNull ? null : doc["secs"].AsDouble,
        OverTime = doc["over"].AsBoolean,
        OverTimeLoss = doc["overLoss"].AsInt32,
        Matched = ToStrings(doc["matched"]),
        Missed = ToStrings(doc["missed"]),
        Penalties = ToStrings(doc["penalties"]),
        TimedOut = doc["timedOut"].IsArray ? ToStrings(doc["timedOut"]) : [],
        HintUsed = doc["hint"].AsBoolean,
        BonusMatched = doc["bonus"].AsBoolean,
        Score = doc["score"].AsInt32,
        Net = doc["net"].AsInt32,
        Maximum = doc["max"].AsInt32,
        Skills = doc["skills"].AsArray.ToDictionary(
            p => p[0].AsString, p => new SkillTally(p[1].AsInt32, p[2].AsInt32), StringComparer.Ordinal),
        MoodAfter = doc["mood"].AsInt32,
        NextStepId = NullableString(doc["next"]),
        HungUp = doc["hungUp"].AsBoolean,
        AnsweredAt = Time(doc, "at") ?? default,
        OriginalScore = doc["orig"].IsNull ? null : doc["orig"].AsInt32,
    };

    private static BsonArray Strings(IEnumerable<string> values) => new(values.Select(v => new BsonValue(v)));

    private static string[] ToStrings(BsonValue value) => [.. value.AsArray.Select(v => v.AsString)];

    private static string? NullableString(BsonValue value) => value.IsNull ? null : value.AsString;

    private static void SetTime(BsonDocument doc, string key, DateTimeOffset? time)
    {
        doc[key] = time is { } t ? t.UtcTicks : BsonValue.Null;
        doc[key + "Off"] = time is { } o ? (int)o.Offset.TotalMinutes : BsonValue.Null;
    }

    private static DateTimeOffset? Time(BsonDocument doc, string key)
    {
        var ticks = doc[key];
        if (ticks.IsNull)
            return null;
        var offset = TimeSpan.FromMinutes(doc[key + "Off"].AsInt32);
        return new DateTimeOffset(ticks.AsInt64, TimeSpan.Zero).ToOffset(offset);
    }
}
