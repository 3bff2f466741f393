using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TrainingSim.Authoring.Tests.Loading;

/// <summary>Loading never throws, whatever the input; every diagnostic is one line at a place inside the input.</summary>
public class LoadingProperties
{
    private static readonly string SpecExample =
        File.ReadAllText(Path.Combine(TestSupport.TestData, "Valid", "holiday-bill-payment.yaml"));

    private static readonly string Format2Example =
        File.ReadAllText(Path.Combine(TestSupport.TestData, "Valid", "format-2-every-key.yaml"));

    private static readonly string TextRulesExample =
        File.ReadAllText(Path.Combine(TestSupport.TestData, "content", "format-2", "text", "en.yaml"));

    [Property(MaxTest = 300)]
    public void Load_ArbitraryBytes_NeverThrows(byte[] bytes) =>
        CheckWellFormed(ScenarioLoader.Load(bytes, "p.yaml", TestSupport.Content), text: null);

    [Property(MaxTest = 300)]
    public void Load_ArbitraryStrings_NeverThrows(string? text)
    {
        text ??= "";
        CheckWellFormed(ScenarioLoader.LoadText(text, "p.yaml", TestSupport.Content), text);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Generators)])]
    public void Load_YamlFragments_NeverThrow(YamlFragments input) =>
        CheckWellFormed(ScenarioLoader.LoadText(input.Text, "p.yaml", TestSupport.Content), input.Text);

    [Property(MaxTest = 500, Arbitrary = [typeof(Generators)])]
    public void Load_MutatedSpecExample_NeverThrows(Mutation mutation)
    {
        var text = mutation.ApplyTo(SpecExample);
        CheckWellFormed(ScenarioLoader.LoadText(text, "p.yaml", TestSupport.Content), text);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Generators)])]
    public void Load_MutatedFormat2Example_NeverThrows(Mutation mutation)
    {
        var text = mutation.ApplyTo(Format2Example);
        CheckWellFormed(ScenarioLoader.LoadText(text, "p.yaml", TestSupport.Content), text);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Generators)])]
    public void Load_MutatedSpecExampleAsFormat2_NeverThrows(Mutation mutation)
    {
        var text = mutation.ApplyTo(SpecExample);
        CheckWellFormed(ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), "p.yaml", TestSupport.Content, asFormat: 2), text);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Generators)])]
    public void ContentLoad_MutatedTextRules_NeverThrows(Mutation mutation)
    {
        var root = Path.Combine(Path.GetTempPath(), "ts-rules-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "format-2", "text"));
            File.WriteAllText(Path.Combine(root, "skills.yaml"), "skills:\n  courtesy:\n    name: {en: Courtesy}\n");
            var text = mutation.ApplyTo(TextRulesExample);
            var path = Path.Combine(root, "format-2", "text", "en.yaml");
            File.WriteAllText(path, text);

            var result = ContentLoader.Load(root);

            var lines = text.TrimStart('\uFEFF').Split('\n');
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Path == path))
            {
                Assert.DoesNotContain('\n', diagnostic.ToString());
                Assert.InRange(diagnostic.Span.Line, 0, lines.Length - 1);
                Assert.InRange(diagnostic.Span.Column, 0, lines[diagnostic.Span.Line].Length);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CheckWellFormed(ScenarioLoadResult result, string? text)
    {
        Assert.Equal(result.HasErrors, result.Scenario is null);
        var lines = text?.TrimStart('\uFEFF').Split('\n');
        foreach (var diagnostic in result.Diagnostics)
        {
            var line = diagnostic.ToString();
            Assert.DoesNotContain('\n', line);
            Assert.Matches(@"^p\.yaml:\d+:\d+: (error|warning) TS\d{4}: ", line);
            if (lines is null)
                continue;
            Assert.InRange(diagnostic.Span.Line, 0, lines.Length - 1);
            Assert.InRange(diagnostic.Span.Column, 0, lines[diagnostic.Span.Line].Length);
        }
    }

    public sealed record YamlFragments(string Text)
    {
        public override string ToString() => Text.Replace("\n", "⏎", StringComparison.Ordinal);
    }

    public sealed record Mutation(int Position, int Delete, string Insert)
    {
        public string ApplyTo(string text)
        {
            var at = Math.Clamp(Position, 0, text.Length);
            var delete = Math.Clamp(Delete, 0, text.Length - at);
            return new StringBuilder(text).Remove(at, delete).Insert(at, Insert).ToString();
        }
    }

    public static class Generators
    {
        private static readonly string[] Pieces =
        [
            "\n", "\n", "  ", "    ", "- ", ": ", ":", "[", "]", "{", "}", ", ", "\"", "'", "&a ", "*a", "!!str ", "!x ", "---\n",
            "...\n", "# c", "|\n", ">\n", "? ", "\t", "%YAML 1.2\n", "format", "1", "0", "-3", "id", "x", "steps", "say", "rubric",
            "choices", "end", "next", "when", "goto", "any", "all", "points", "skill", "courtesy", "@apology", "/(/", "中文", "您",
            "😀", "\u202E", "e\u0301", "\uFEFF", "\u0085", "\u2028", "true", "null", "~", "1e3", "0x1F", "tests", "replies",
            "2", "reply_limit", "unless", "max_tokens", "examples", "good", "bad", "good_at_least", "bad_at_most", "reach", "cues",
        ];

        public static Arbitrary<YamlFragments> Fragments() =>
            Gen.Elements(Pieces).ListOf().Select(parts => new YamlFragments(string.Concat(parts))).ToArbitrary();

        public static Arbitrary<Mutation> Mutations() =>
            (from position in Gen.Choose(0, 2200)
             from delete in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3)), (1, Gen.Choose(4, 200)))
             from insert in Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))
             select new Mutation(position, delete, insert)).ToArbitrary();
    }
}
