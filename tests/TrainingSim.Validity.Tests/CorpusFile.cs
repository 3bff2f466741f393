namespace TrainingSim.Validity.Tests;

/// <summary>One file of the validity corpus (tests/corpus/&lt;part&gt;/&lt;scenario&gt;.yaml): replies to single steps and
/// whole calls, each labelled with a trainer's judgement.</summary>
public sealed class CorpusFile
{
    public string Scenario { get; set; } = "";
    public List<CorpusReply> Replies { get; set; } = [];
    public List<CorpusCall> Calls { get; set; } = [];
}

public sealed class CorpusReply
{
    public string Step { get; set; } = "";
    /// <summary>good, mediocre, gaming, poor or negated.</summary>
    public string Label { get; set; } = "";
    public string Reply { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class CorpusCall
{
    /// <summary>good or gaming.</summary>
    public string Label { get; set; } = "";
    public string? Note { get; set; }
    /// <summary>Text for a free-text step, a 1-based number for a choice step.</summary>
    public List<string> Replies { get; set; } = [];
}
