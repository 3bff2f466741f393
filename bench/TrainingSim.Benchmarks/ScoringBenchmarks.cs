using BenchmarkDotNet.Attributes;
using TrainingSim.Authoring;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Scoring;
using TrainingSim.Core.Text;

namespace TrainingSim.Benchmarks;

/// <summary>Scoring one 80-character Chinese reply against a free-text step whose rubric holds 10, 100 or
/// 1,000 phrases (10 phrases an item, a few of them in the reply). The reply is scanned once whatever the
/// number of phrases, so the 1,000-phrase case should cost at most 3× the 10-phrase case. <see cref="Format"/> 2 scores
/// with the shipped zh-CN text rules (negation cues, anchors, keyword lists, the length rule).</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ScoringBenchmarks
{
    /// <summary>80 characters (UTF-16 code units), punctuation included.</summary>
    public const string Reply =
        "王先生您好，新年好！非常抱歉让您着急了，您别着急，我马上帮您查一下离您最近、今天还开门的营业厅和自助缴费机，请您稍等，我这边同时为您申请临时开机，您看这样行吗？";

    private const string Pool =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

    private FreeTextStep _step = null!;

    [Params(10, 100, 1000)]
    public int Phrases { get; set; }

    [Params(1, 2)]
    public int Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        var phrases = new List<string> { "抱歉", "别着急", "新年好", "您好", "马上" };
        while (phrases.Count < Phrases)
        {
            var length = random.Next(2, 5);
            phrases.Add(new string([.. Enumerable.Range(0, length).Select(_ => Pool[random.Next(Pool.Length)])]));
        }

        var items = phrases.Take(Phrases)
            .Chunk(10)
            .Select((chunk, i) => new RubricItem
            {
                Id = $"item{i}",
                Skill = i % 2 == 0 ? "empathy" : "courtesy",
                Points = i % 5 == 4 ? -2 : 3,
                Phrases = [.. chunk.Select(PhraseParser.Parse)],
            })
            .ToList();
        _step = new FreeTextStep { Id = "bench", Rubric = items, Next = Next.To("end"), Rules = Format == 2 ? ShippedRules() : null };
        if (Reply.Length != 80)
            throw new InvalidOperationException($"The reply has {Reply.Length} characters, not 80.");
        ReplyScorer.Score(_step, Reply); // compile the step's matcher before measuring
    }

    private static TextRules ShippedRules()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "content", "format-2")))
            root = root.Parent;
        var content = ContentLoader.Load(Path.Combine(root?.FullName ?? throw new InvalidOperationException("No content/format-2 above the benchmark."), "content")).Content;
        return content.TextRules["zh-CN"];
    }

    [Benchmark]
    public double ScoreReply() => ReplyScorer.Score(_step, Reply).Score;

    [Benchmark]
    public int MatchOnly() => StepMatcher.For(_step).Match(Reply).Items.Length;

    /// <summary>Building a step's matcher (done once per step, on first use).</summary>
    [Benchmark]
    public int Compile() => new StepMatcher(_step.Rubric, _step.Rules).Maximum;

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(Reply).Count;
}
