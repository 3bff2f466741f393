using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Conversations;
using TrainingSim.Core.Progress;
using static TrainingSim.Core.Tests.Progress.Records;

namespace TrainingSim.Core.Tests.Progress;

/// <summary>What every <see cref="IProgressStore"/> does; run against the in-memory store here and against
/// the LiteDB store in the storage tests (this file is linked there).</summary>
public abstract class ProgressStoreContract
{
    internal FakeTimeProvider Clock { get; } = StartClock();

    /// <summary>The store under test, writing to a fresh place for each test.</summary>
    protected abstract IProgressStore Store { get; }

    /// <summary>A second store on the same data (a new process for the database store).</summary>
    protected abstract IProgressStore Reopen();

    [Fact]
    public void AddTrainee_NameTaken_ReturnsExisting()
    {
        var first = Store.AddTrainee("小王", "2026-11");
        Clock.Advance(TimeSpan.FromHours(1));
        var again = Store.AddTrainee("小王", "other");
        Assert.Equal(first, again);
        Assert.Equal(Start, again.CreatedAt);
        Assert.Single(Store.ListTrainees());
    }

    [Fact]
    public void ListTrainees_SeveralNames_OrdinalOrder()
    {
        Store.AddTrainee("bob", null);
        Store.AddTrainee("Alice", "a");
        Store.AddTrainee("小王", "b");
        Assert.Equal(["Alice", "bob", "小王"], Store.ListTrainees().Select(t => t.Name));
        Assert.Null(Store.FindTrainee("alice"));
        Assert.Equal(new Trainee("Alice", "a", Start), Store.FindTrainee("Alice"));
    }

    [Fact]
    public void AddTrainee_NameDiffersOnlyInCase_AnotherTrainee()
    {
        Store.AddTrainee("Alice", "a");
        Store.AddTrainee("alice", "b");
        Assert.Equal(["Alice", "alice"], Store.ListTrainees().Select(t => t.Name));
        Assert.Equal("b", Store.FindTrainee("alice")!.Cohort);
    }

    [Fact]
    public void StartAttempt_UnknownTrainee_AddsTraineeWithCohort()
    {
        Store.StartAttempt(Attempt("李雷", cohort: "c1"));
        Assert.Equal(new Trainee("李雷", "c1", Start), Store.FindTrainee("李雷"));
    }

    [Fact]
    public void StartAttempt_RecordWithTurns_Throws()
    {
        Assert.Throws<ArgumentException>(() => Store.StartAttempt(Attempt("a") with { Turns = [Turn(0)] }));
        Assert.Throws<ArgumentException>(() => Store.StartAttempt(Attempt("a") with { Outcome = "resolved" }));
    }

    [Fact]
    public void StartAttempt_SameIdTwice_Throws()
    {
        var attempt = Attempt("a");
        Store.StartAttempt(attempt);
        Assert.Throws<InvalidOperationException>(() => Store.StartAttempt(attempt));
    }

    [Fact]
    public void RecordTurn_ReadByAnotherStore_EveryFieldBack()
    {
        var attempt = Attempt("小王");
        Store.StartAttempt(attempt);
        var turns = Enumerable.Range(0, 4).Select(i => Turn(i)).ToList();
        foreach (var turn in turns)
            Store.RecordTurn(attempt.Id, turn);

        var read = Reopen().FindAttempt(attempt.Id);
        Assert.NotNull(read);
        Assert.Equal(Json(turns), Json(read.Turns));
        Assert.Equal(Json(attempt), Json(read with { Turns = [] }));
    }

    [Fact]
    public void FindAttempt_NotFinished_ReadsAsAbandoned()
    {
        var attempt = Attempt("a");
        Store.StartAttempt(attempt);
        Store.RecordTurn(attempt.Id, Turn(0));
        var read = Store.FindAttempt(attempt.Id)!;
        Assert.Null(read.Outcome);
        Assert.Equal(Outcomes.Abandoned, read.EffectiveOutcome);
        Assert.False(read.Completed);
        Assert.Single(read.Turns);
    }

    [Fact]
    public void RecordTurn_UnknownOrFinishedAttempt_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Store.RecordTurn(Guid.NewGuid(), Turn(0)));
        var attempt = Attempt("a");
        Store.StartAttempt(attempt);
        Store.FinishAttempt(attempt.Id, Finish());
        Assert.Throws<InvalidOperationException>(() => Store.RecordTurn(attempt.Id, Turn(0)));
        Assert.Throws<InvalidOperationException>(() => Store.FinishAttempt(attempt.Id, Finish()));
    }

    [Fact]
    public void FinishAttempt_Stored_ReadsResult()
    {
        var attempt = Attempt("a");
        Store.StartAttempt(attempt);
        Store.RecordTurn(attempt.Id, Turn(0));
        var finish = Finish(score: 77, stars: 2, outcome: Outcomes.HungUp);
        Store.FinishAttempt(attempt.Id, finish);

        var read = Reopen().FindAttempt(attempt.Id)!;
        Assert.Equal(Outcomes.HungUp, read.Outcome);
        Assert.True(read.Completed);
        Assert.False(read.Success);
        Assert.Equal(77, read.Score);
        Assert.Equal(2, read.Stars);
        Assert.Equal(finish.EndedAt, read.EndedAt);
        Assert.Equal(finish.EndedAt.Offset, read.EndedAt!.Value.Offset);
        Assert.Equal(Json(finish.Skills), Json(read.Skills));
    }

    [Fact]
    public void Attempts_Filters_MatchingOnlyOldestFirst()
    {
        var late = Attempt("a", "s1", Start.AddDays(1));
        var early = Attempt("a", "s2", Start);
        var other = Attempt("b", "s1", Start, cohort: "c2");
        foreach (var attempt in new[] { late, early, other })
            Store.StartAttempt(attempt);

        Assert.Equal([early.Id, late.Id], Store.Attempts(new AttemptQuery(Trainee: "a")).Select(a => a.Id));
        Assert.Equal([other.Id, late.Id], Store.Attempts(new AttemptQuery(ScenarioId: "s1")).Select(a => a.Id));
        Assert.Equal([other.Id], Store.Attempts(new AttemptQuery(Cohort: "c2")).Select(a => a.Id));
        Assert.Equal([late.Id], Store.Attempts(new AttemptQuery("a", "2026-11", "s1")).Select(a => a.Id));
        Assert.Empty(Store.Attempts(new AttemptQuery(Trainee: "nobody")));
        Assert.Equal(3, Store.Attempts(AttemptQuery.All).Count);
    }

    [Fact]
    public void Attempts_ManyAttempts_EachWithItsOwnTurnsInOrder()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 70; i++)
        {
            var attempt = Attempt($"t{i % 7}", startedAt: Start.AddMinutes(i));
            Store.StartAttempt(attempt);
            for (var t = 0; t < 3; t++)
                Store.RecordTurn(attempt.Id, Turn(t, $"reply {i}/{t}"));
            ids.Add(attempt.Id);
        }

        var all = Store.Attempts(AttemptQuery.All);
        Assert.Equal(ids, all.Select(a => a.Id));
        for (var i = 0; i < 70; i++)
            Assert.Equal([$"reply {i}/0", $"reply {i}/1", $"reply {i}/2"], all[i].Turns.Select(t => t.Reply));
        Assert.All(Store.Attempts(AttemptQuery.All with { WithTurns = false }), a => Assert.Empty(a.Turns));
        Assert.Equal(10, Store.Attempts(new AttemptQuery(Trainee: "t3")).Count);
    }

    [Fact]
    public void SetCohort_Known_MovesTheTraineeNotTheirAttempts()
    {
        var attempt = Attempt("a");
        Store.StartAttempt(attempt);

        Assert.True(Store.SetCohort("a", "2026-12"));
        Assert.False(Store.SetCohort("nobody", "2026-12"));

        Assert.Equal("2026-12", Store.FindTrainee("a")!.Cohort);
        Assert.Equal(attempt.Cohort, Store.FindAttempt(attempt.Id)!.Cohort);
        Assert.True(Store.SetCohort("a", null));
        Assert.Null(Store.FindTrainee("a")!.Cohort);
    }

    [Fact]
    public void RemoveTrainee_Known_RemovesTheirAttemptsOnly()
    {
        var mine = Attempt("a");
        var theirs = Attempt("b");
        Store.StartAttempt(mine);
        Store.StartAttempt(theirs);
        Store.RecordTurn(mine.Id, Turn(0));
        Store.RecordTurn(theirs.Id, Turn(0));

        Assert.True(Store.RemoveTrainee("a"));
        Assert.False(Store.RemoveTrainee("a"));
        Assert.Null(Store.FindTrainee("a"));
        Assert.Null(Store.FindAttempt(mine.Id));
        Assert.Single(Store.FindAttempt(theirs.Id)!.Turns);
        Assert.Equal([theirs.Id], Store.Attempts(AttemptQuery.All).Select(a => a.Id));
    }

    [Fact]
    public void ImportAttempt_SameAttemptTwice_SecondChangesNothing()
    {
        var attempt = Completed("王芳", "holiday", Start, 88, 2) with { Turns = [Turn(0), Turn(1)] };

        Assert.True(Store.ImportAttempt(attempt));
        var before = Json(Store.Attempts(AttemptQuery.All));
        Assert.False(Store.ImportAttempt(attempt));
        Assert.False(Reopen().ImportAttempt(attempt with { Score = 1, Turns = [] }));

        Assert.Equal(before, Json(Store.Attempts(AttemptQuery.All)));
        Assert.Equal(Json(attempt), Json(Store.FindAttempt(attempt.Id)));
        Assert.Equal(new Trainee("王芳", "2026-11", Start), Store.FindTrainee("王芳"));
    }

    [Fact]
    public void ImportAttempts_SomeKnown_OnlyNewOnesAddedAndCounted()
    {
        var known = Completed("a", "s1", Start, 50, 1);
        Store.ImportAttempt(known);
        var fresh = Enumerable.Range(0, 5)
            .Select(i => Completed($"t{i}", "s1", Start.AddHours(i), 60 + i, 1) with { Turns = [Turn(0), Turn(1)] })
            .ToList();

        Assert.Equal(5, Store.ImportAttempts([known with { Score = 1 }, .. fresh]));
        Assert.Equal(0, Store.ImportAttempts(fresh));

        var all = Store.Attempts(AttemptQuery.All);
        Assert.Equal(6, all.Count);
        Assert.Equal(50, all.Single(a => a.Id == known.Id).Score);
        Assert.Equal(Json(fresh), Json(all.Where(a => a.Id != known.Id)));
    }

    [Fact]
    public void FindAttempt_Unknown_Null() => Assert.Null(Store.FindAttempt(Guid.NewGuid()));
}
