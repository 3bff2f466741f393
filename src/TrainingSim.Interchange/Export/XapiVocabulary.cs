namespace TrainingSim.Interchange.Export;

/// <summary>The IRIs of TrainingSim's xAPI statements: ADL verbs and activity types, and one IRI scheme of
/// our own for scenarios, steps and extensions (under <see cref="Base"/>).</summary>
public static class XapiVocabulary
{
    public const string Version = "1.0.3";
    public const string Base = "https://trainingsim.example/xapi/";
    /// <summary>The <c>homePage</c> of trainee accounts.</summary>
    public const string AccountHomePage = "https://trainingsim.example/trainees";
    public const string Platform = "TrainingSim";

    public const string Attempted = "http://adlnet.gov/expapi/verbs/attempted";
    public const string Answered = "http://adlnet.gov/expapi/verbs/answered";
    public const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    public const string Passed = "http://adlnet.gov/expapi/verbs/passed";
    public const string Failed = "http://adlnet.gov/expapi/verbs/failed";
    public const string Terminated = "http://adlnet.gov/expapi/verbs/terminated";

    /// <summary>The activity type of a scenario: our own, so an LRS can tell TrainingSim's calls from other content.</summary>
    public const string ScenarioType = Base + "activities/scenario";
    /// <summary>The activity type of a step: ADL's for a question, with an <c>interactionType</c>.</summary>
    public const string InteractionType = "http://adlnet.gov/expapi/activities/cmi.interaction";
    /// <summary>interactionType of a free-text step: the reply in <c>result.response</c>.</summary>
    public const string LongFillIn = "long-fill-in";
    /// <summary>interactionType of a choice step: <c>result.response</c> is the chosen choice's number.</summary>
    public const string ChoiceInteraction = "choice";

    /// <summary>context: the trainee's cohort when the attempt was played.</summary>
    public const string CohortExtension = Base + "extensions/cohort";
    /// <summary>context: the hash of the scenario file the attempt was played on.</summary>
    public const string ScenarioVersionExtension = Base + "extensions/scenario-version";
    /// <summary>context: the scenario id (also readable from the object, kept plain for importers).</summary>
    public const string ScenarioExtension = Base + "extensions/scenario";
    /// <summary>context: practice or exam.</summary>
    public const string ModeExtension = Base + "extensions/mode";
    /// <summary>result: skill id → score 0..100 (attempt) or [net, maximum] (answer).</summary>
    public const string SkillsExtension = Base + "extensions/skills";
    /// <summary>result of an answer: the stored turn, everything needed to rebuild it.</summary>
    public const string TurnExtension = Base + "extensions/turn";
    /// <summary>result of completed/terminated: outcome, stars, end time as stored.</summary>
    public const string AttemptExtension = Base + "extensions/attempt";
    /// <summary>result of completed/terminated and passed/failed, for a re-scored or overridden attempt: the original
    /// score, the re-scoring and the override (who, why).</summary>
    public const string ReviewExtension = Base + "extensions/score-review";

    /// <summary>Namespace of the deterministic statement ids.</summary>
    public static readonly Guid StatementNamespace = NameBasedUuid.Create(NameBasedUuid.UrlNamespace, Base + "statements");

    public static string ScenarioIri(string scenarioId) => Base + "scenarios/" + Uri.EscapeDataString(scenarioId);

    public static string StepIri(string scenarioId, string stepId) =>
        ScenarioIri(scenarioId) + "/steps/" + Uri.EscapeDataString(stepId);

    /// <summary>The statement id: a version-5 UUID of the attempt id, the verb and (for answers) the turn index,
    /// so exporting the same attempt again yields the same ids.</summary>
    public static Guid StatementId(Guid attemptId, string verb, int? turnIndex = null) =>
        NameBasedUuid.Create(StatementNamespace, turnIndex is { } index
            ? $"{attemptId:D}/{VerbName(verb)}/{index}"
            : $"{attemptId:D}/{VerbName(verb)}");

    public static string VerbName(string verbIri) => verbIri[(verbIri.LastIndexOf('/') + 1)..];
}
