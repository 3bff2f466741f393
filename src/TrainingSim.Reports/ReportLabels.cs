namespace TrainingSim.Reports;

/// <summary>Column headings and summary words of the report tables in the interface language. CSV and JSON
/// keep their stable English field names in every language.</summary>
public sealed record ReportLabels
{
    public static ReportLabels English { get; } = new();

    public static ReportLabels Chinese { get; } = new()
    {
        Name = "学员",
        Cohort = "班级",
        Attempts = "练习次数",
        Completed = "完成",
        Passed = "合格",
        Average = "平均分",
        LastActive = "最近活动",
        Scenario = "情景",
        Best = "最高分",
        Step = "步骤",
        Item = "评分项",
        Reached = "到达",
        Matched = "命中",
        Missed = "遗漏",
        Penalized = "扣分",
        HungUp = "挂断",
        Abandoned = "放弃",
        Versions = "版本：",
        ScenarioSummary = "{0}：{1} 次练习，{2} 次完成，{3} 次挂断，{4} 次放弃",
        BeforeFirstReply = "（其中 {0} 次未作答即放弃）",
        Outcomes = "结局：",
        Picks = "{0} 的选择：",
    };

    public string Name { get; init; } = "name";
    public string Cohort { get; init; } = "cohort";
    public string Attempts { get; init; } = "attempts";
    public string Completed { get; init; } = "completed";
    public string Passed { get; init; } = "passed";
    public string Average { get; init; } = "average";
    public string LastActive { get; init; } = "last active";
    public string Scenario { get; init; } = "scenario";
    public string Best { get; init; } = "best";
    public string Step { get; init; } = "step";
    public string Item { get; init; } = "item";
    public string Reached { get; init; } = "reached";
    public string Matched { get; init; } = "matched";
    public string Missed { get; init; } = "missed";
    public string Penalized { get; init; } = "penalized";
    public string HungUp { get; init; } = "hung up";
    public string Abandoned { get; init; } = "abandoned";
    /// <summary>Starts the line listing the scenario versions played.</summary>
    public string Versions { get; init; } = "versions: ";
    /// <summary>{0} scenario, {1} attempts, {2} completed, {3} hung up, {4} abandoned.</summary>
    public string ScenarioSummary { get; init; } = "{0}: {1} attempts, {2} completed, {3} hung up, {4} abandoned";
    /// <summary>{0} attempts abandoned before the first reply.</summary>
    public string BeforeFirstReply { get; init; } = " ({0} before the first reply)";
    /// <summary>Starts the line counting the attempts per end outcome.</summary>
    public string Outcomes { get; init; } = "outcomes: ";
    /// <summary>{0} a choice step: starts the line counting its choices' picks.</summary>
    public string Picks { get; init; } = "picks at {0}: ";

    /// <summary>Skill id → display name for table headings (e.g. from the content's skills); ids otherwise.</summary>
    public IReadOnlyDictionary<string, string> SkillNames { get; init; } = new Dictionary<string, string>();

    public string SkillName(string id) => SkillNames.GetValueOrDefault(id) ?? id;

    /// <summary>Chinese for a <c>zh</c> language tag, else English.</summary>
    public static ReportLabels For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
