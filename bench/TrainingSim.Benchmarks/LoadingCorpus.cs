using System.Globalization;
using System.Text;

namespace TrainingSim.Benchmarks;

/// <summary>A generated library of realistic scenario files (and the content they need) in a temporary folder.</summary>
public sealed class LoadingCorpus : IDisposable
{
    public LoadingCorpus(int files)
    {
        Root = Path.Combine(Path.GetTempPath(), "ts-bench-" + Guid.NewGuid().ToString("N"));
        ContentDir = Path.Combine(Root, "content");
        ScenarioDir = Path.Combine(Root, "scenarios");
        Directory.CreateDirectory(Path.Combine(ContentDir, "phrasebanks"));
        Directory.CreateDirectory(Path.Combine(ContentDir, "house-rubric"));
        Directory.CreateDirectory(ScenarioDir);
        File.WriteAllText(Path.Combine(ContentDir, "skills.yaml"), Skills);
        File.WriteAllText(Path.Combine(ContentDir, "phrasebanks", "zh-CN.yaml"), Banks);
        File.WriteAllText(Path.Combine(ContentDir, "house-rubric", "zh-CN.yaml"), House);
        var paths = new List<string>();
        for (var i = 0; i < files; i++)
        {
            var path = Path.Combine(ScenarioDir, $"module-{i % 10}", $"scenario-{i:D4}.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Scenario(i));
            paths.Add(path);
        }

        Files = paths;
        TotalBytes = paths.Sum(p => new FileInfo(p).Length);
    }

    public string Root { get; }
    public string ContentDir { get; }
    public string ScenarioDir { get; }
    public IReadOnlyList<string> Files { get; }
    public long TotalBytes { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private const string Skills = """
        skills:
          courtesy: {name: {zh-CN: 礼貌用语, en: Courtesy}}
          empathy: {name: {zh-CN: 共情, en: Empathy}}
          listening: {name: {zh-CN: 倾听, en: Listening}}
          accuracy: {name: {zh-CN: 准确, en: Accuracy}}
          solution: {name: {zh-CN: 解决问题, en: Solution}}
          compliance: {name: {zh-CN: 合规, en: Compliance}}
          closing: {name: {zh-CN: 结束语, en: Closing}}
        """;

    private const string Banks = """
        apology: [抱歉, 对不起, 不好意思, 给您添麻烦了]
        thanks: [谢谢, 感谢, 多谢]
        closing: [还有什么可以帮您, 祝您生活愉快, 再见]
        """;

    private const string House = """
        rubric:
          - {id: honorific, skill: courtesy, points: 1, any: [您], hint: 称呼客户用“您”。}
          - {id: shirk, skill: courtesy, points: -3, any: [不归我管, 不关我的事], hint: 不推诿。}
        """;

    private static string Scenario(int i)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            format: 1
            id: scenario-{{i:D4}}
            title: 停机无法缴费 第{{i}}号
            language: zh-CN
            module: 投诉处理{{i % 10}}
            difficulty: {{1 + (i % 5)}}
            tags: [节假日, 情绪激动, 缴费]
            brief: |
              正月初一上午。客户欠费停机，附近营业厅放假，他急着给家人打电话拜年。
              这是第 {{i}} 个生成的场景。
            customer:
              name: 王先生
              persona: 脾气急，停机后联系不上在外地的女儿。
              mood: 30
            info:
              号码: 139****{{i % 10000:D4}}
              余额: -35.20 元
            reply_seconds: 90
            pass_score: 70
            start: opening
            steps:
              opening:
                say: 你们怎么回事！大过年的把我停机了，营业厅全关门，我怎么交钱？
                rubric:
                  - id: soothe
                    skill: empathy
                    points: 3
                    any: ["@apology", 理解您, 别着急]
                    hint: 先处理情绪，再处理问题。
                  - id: blame
                    skill: courtesy
                    points: -4
                    any: [你自己, 没办法]
                    hint: 不推诿，不指责客户。
                  - id: new-year
                    skill: courtesy
                    points: 1
                    bonus: true
                    any: [过年好, 新年好, 新春快乐]
                model: 王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查最近能缴费的地方。
                next:
                  - when: soothe and not blame
                    goto: locate
                  - when: mood < 20 or score < 40
                    goto: angrier
                  - goto: angrier
              angrier:
                mood: -10
                say: 少跟我打官腔！我现在就要能打电话！
                rubric:
                  - id: soothe
                    skill: empathy
                    points: 3
                    any: ["@apology", 理解]
                  - id: act
                    skill: solution
                    points: 2
                    any: [马上, 立即, "/帮您(查|办)/"]
                model: 非常抱歉，我理解您的心情，我马上帮您办理。
                next: locate
              locate:
                say: 那你说，我现在去哪儿交？
                choices:
                  - text: 请您节后营业厅开门再来办理。
                    points: {solution: -2}
                    goto: angrier
                  - text: 我帮您联系离您最近、有自助缴费机的营业厅，请值班人员协助您缴费。
                    points: {solution: 4, courtesy: 1}
                    goto: confirm
              confirm:
                say: 好吧，那我现在过去。
                rubric:
                  - id: thanks
                    skill: closing
                    points: 2
                    any: ["@thanks", "@closing"]
                  - id: check*
                    skill: accuracy
                    points: 1
                    all: [地址, 营业厅]
                model: 感谢您的理解，营业厅地址我已发到您手机上，祝您生活愉快！
                next: resolved
              resolved:
                say: 行，谢谢你啊姑娘，过年好！
                end: resolved
            tests:
              - name: 标准流程
                replies:
                  - 王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查。
                  - 2
                  - 感谢您的理解，营业厅地址我已发到您手机上，祝您生活愉快！
                expect: {outcome: resolved, score_at_least: 90, stars: 3, path: [opening, locate, confirm, resolved]}

            """);
        return text.ToString().Replace("id: check*", "id: check", StringComparison.Ordinal);
    }
}
