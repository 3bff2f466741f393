namespace TrainingSim.Cli.Commands;

/// <summary>The messages of the report, export, import, db and trainee-remove commands in the interface
/// language (kept beside those commands; field names and ids stay as they are).</summary>
internal static class ReportText
{
    private static readonly Dictionary<string, (string English, string Chinese)> Texts = new(StringComparer.Ordinal)
    {
        ["UnknownTrainee"] = ("unknown trainee '{0}'", "没有名为“{0}”的学员"),
        ["Exported"] = ("{0}: {1} statements of {2} attempts", "{0}：{2} 次练习，共 {1} 条语句"),
        ["ImportSummary"] =
            ("{0} statements: {1} new, {2} already present; {3} attempts: {4} new, {5} already present",
             "{0} 条语句：{1} 条新增，{2} 条已存在；{3} 次练习：{4} 次新增，{5} 次已存在"),
        ["ImportDuplicates"] = ("{0} statements appeared more than once in the files", "{0} 条语句在文件中重复出现"),
        ["ImportNotMerged"] =
            ("attempt {0} of {1} is already stored with other data; its {2} new statements were not merged",
             "{1} 的练习 {0} 已以其他内容存储；其中 {2} 条新语句未合并"),
        ["ImportConflicts"] = ("{0} statement ids appear with different content; nothing was imported",
                               "{0} 个语句 ID 以不同内容出现；未导入任何内容"),
        ["ImportRefused"] = ("{0} problems in the files; nothing was imported", "文件中有 {0} 处问题；未导入任何内容"),
        ["CheckClean"] = ("{0}: no problems", "{0}：未发现问题"),
        ["CheckProblems"] = ("{0}: {1} problems", "{0}：发现 {1} 处问题"),
        ["NoDatabase"] = ("no such database", "数据库不存在"),
        ["BackupDone"] = ("{0}: copied and checked ({1})", "{0}：已复制并检查（{1}）"),
        ["BackupFailed"] = ("{0}: the copy did not check out", "{0}：副本检查未通过"),
        ["Removed"] = ("removed {0} and {1} attempts", "已删除 {0} 及其 {1} 次练习记录"),
        ["RecoverDone"] = ("{0}: copied what could be read ({1})", "{0}：已复制可读取的记录（{1}）"),
        ["RecoverLost"] = ("{0} things could not be read and are not in the copy (listed above); {1} was not changed",
                           "{0} 项无法读取，未复制（见上）；{1} 未被修改"),
        ["RecoverNothingLost"] = ("everything was readable; {0} was not changed", "全部可读取；{0} 未被修改"),
    };

    /// <summary>The message with its text arguments (stored names, paths) made safe for the terminal.</summary>
    public static string Format(CliContext context, string key, params object?[] args)
    {
        var (english, chinese) = Texts[key];
        return string.Format(context.Culture, context.Text.IsChinese ? chinese : english,
            [.. args.Select(a => a is string text ? TerminalText.Safe(text) : a)]);
    }
}
