using TrainingSim.Core.Diagnostics;

namespace TrainingSim.Core.Scenarios;

/// <summary>A loaded, validated scenario script (format 1 or 2). Phrase banks are already expanded
/// and the house rubric is already merged into every free-text step.</summary>
public sealed record Scenario
{
    /// <summary>1 (the shared contract's scoring) or 2 (negation, keyword lists, bonus apart, penalties across the call).</summary>
    public int Format { get; init; } = 1;
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Language { get; init; }
    public required string Module { get; init; }
    public int Difficulty { get; init; } = 1;
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Brief { get; init; }
    public Customer Customer { get; init; } = new();
    /// <summary>The agent's account screen, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Info { get; init; } = [];
    public int? ReplySeconds { get; init; }
    public int PassScore { get; init; } = 60;
    public IReadOnlyList<string> SuccessOutcomes { get; init; } = ["resolved"];
    public bool HouseRubric { get; init; } = true;
    public required string Start { get; init; }
    /// <summary>Steps by id, in file order.</summary>
    public required IReadOnlyDictionary<string, Step> Steps { get; init; }
    public IReadOnlyList<ScenarioTest> Tests { get; init; } = [];
    /// <summary>The file the scenario came from (as the user named it), for messages.</summary>
    public string SourcePath { get; init; } = "";
    /// <summary>A hash of the file's bytes: the scenario's version as stored with attempts.</summary>
    public string VersionHash { get; init; } = "";

    public Step StartStep => Steps[Start];
}
