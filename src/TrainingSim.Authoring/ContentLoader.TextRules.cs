using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;
using TrainingSim.Core.Text;

namespace TrainingSim.Authoring;

/// <summary><c>content/format-2/text/&lt;language&gt;.yaml</c>: a language's text rules for format 2.</summary>
public static partial class ContentLoader
{
    private static readonly string[] TextFileKeys = ["negation", "clause_breaks", "words", "word_forms", "reply_limit", "list_run", "list_repeat", "function_words", "heap_min", "fragment_min", "echo_min", "heap_share", "address_words", "fragment_run", "enumeration_run"];
    private static readonly string[] NegationKeys = ["before", "after", "not_negation", "stops", "resumptives", "back_pronouns", "subjects"];
    private static readonly string[] CueGroupKeys = ["reach", "cues"];
    private static readonly string[] WordFormKeys = ["min_stem", "drop_final_e", "rules"];

    private static TextRules LoadTextRules(string path, string language, ContentLog diagnostics)
    {
        var (bag, read, root) = Open(path, diagnostics);
        var rules = new TextRules { Language = language };
        var top = read.Mapping(root, "a text rules file", TextFileKeys);
        if (top is not null)
        {
            var negation = read.Mapping(top["negation"], "negation", NegationKeys);
            rules = rules with
            {
                Before = CueGroups(read, negation?["before"], "negation.before"),
                After = CueGroups(read, negation?["after"], "negation.after"),
                NotNegation = Words(read, negation?["not_negation"], "negation.not_negation"),
                Stops = Words(read, negation?["stops"], "negation.stops"),
                Resumptives = Words(read, negation?["resumptives"], "negation.resumptives"),
                BackPronouns = Words(read, negation?["back_pronouns"], "negation.back_pronouns"),
                Subjects = Words(read, negation?["subjects"], "negation.subjects"),
                ClauseBreaks = Words(read, top["clause_breaks"], "clause_breaks"),
                Words = Words(read, top["words"], "words"),
                WordForms = ReadWordForms(read, top["word_forms"]),
                ReplyLimit = read.Int(top["reply_limit"], "reply_limit", 5, 1000, "5..1000") ?? rules.ReplyLimit,
                ListRun = read.Int(top["list_run"], "list_run", 2, 50, "2..50") ?? rules.ListRun,
                ListRepeat = read.Int(top["list_repeat"], "list_repeat", 2, 50, "2..50") ?? rules.ListRepeat,
                FunctionWords = Words(read, top["function_words"], "function_words"),
                HeapMin = read.Int(top["heap_min"], "heap_min", 2, 1000, "2..1000") ?? rules.HeapMin,
                FragmentMin = read.Int(top["fragment_min"], "fragment_min", 2, 1000, "2..1000") ?? rules.FragmentMin,
                HeapShare = read.Int(top["heap_share"], "heap_share", 0, 100, "0..100") ?? rules.HeapShare,
                EchoMin = read.Int(top["echo_min"], "echo_min", 2, 1000, "2..1000") ?? rules.EchoMin,
                AddressWords = Words(read, top["address_words"], "address_words"),
                FragmentRun = read.Int(top["fragment_run"], "fragment_run", 2, 1000, "2..1000") ?? rules.FragmentRun,
                EnumerationRun = read.Int(top["enumeration_run"], "enumeration_run", 2, 1000, "2..1000") ?? rules.EnumerationRun,
            };
        }

        diagnostics.AddRange(bag.ToSortedList());
        return rules;
    }

    /// <summary>Cue groups: each a <c>reach</c> and its <c>cues</c>.</summary>
    private static List<NegationCue> CueGroups(SchemaReader read, YamlNode? node, string name)
    {
        var cues = new List<NegationCue>();
        foreach (var groupNode in read.Sequence(node, name)?.Items ?? [])
        {
            var group = read.Mapping(groupNode, $"a cue group of {name}", CueGroupKeys);
            if (group is null)
                continue;
            var where = SourceSpan.At(groupNode.Span.Line, groupNode.Span.Column);
            read.Require(group, "reach", $"a cue group of {name}", where);
            read.Require(group, "cues", $"a cue group of {name}", where);
            var reach = read.Int(group["reach"], "reach", 0, 50, "0..50");
            var phrases = Words(read, group["cues"], "cues");
            if (reach is not null)
                cues.AddRange(phrases.Select(phrase => new NegationCue(phrase, reach.Value)));
        }

        return cues;
    }

    /// <summary>A list of words or word sequences (no regex, no <c>@name</c>), parsed as rubric phrases are.</summary>
    private static List<TokenPhrase> Words(SchemaReader read, YamlNode? node, string name)
    {
        var words = new List<TokenPhrase>();
        foreach (var (text, scalar) in read.TextList(node, name) ?? [])
        {
            if (PhraseParser.IsRegex(text) || text.StartsWith('@'))
            {
                var what = text.StartsWith('@') ? $"the concept name `{text}`" : $"the regular expression `{text}`";
                read.Bag.Add(DiagnosticCodes.WrongType, scalar.Span, $"an entry of {name}", "words", what);
            }
            else if (PhraseParser.Parse(text) is TokenPhrase { Tokens.Count: > 0 } phrase)
            {
                words.Add(phrase);
            }
            else
            {
                read.Bag.Add(DiagnosticCodes.EmptyPhrase, scalar.Span, text);
            }
        }

        return words;
    }

    private static WordForms? ReadWordForms(SchemaReader read, YamlNode? node)
    {
        var view = read.Mapping(node, "word_forms", WordFormKeys);
        if (view is null)
            return null;
        var minStem = read.Int(view["min_stem"], "min_stem", 1, 20, "1..20") ?? 3;
        var dropFinalE = read.Bool(view["drop_final_e"], "drop_final_e") ?? false;
        var rules = new List<SuffixRule>();
        foreach (var ruleNode in read.Sequence(view["rules"], "word_forms.rules")?.Items ?? [])
        {
            if (ruleNode is not YamlSequence { Items.Count: 2 } pair)
            {
                read.Bag.Add(DiagnosticCodes.WrongType, ruleNode.Span, "a rule of word_forms.rules", "a pair `[suffix, replacement]`", ruleNode.Describe());
                continue;
            }

            var suffix = read.Text(pair.Items[0], "a suffix", required: true);
            var replacement = read.Text(pair.Items[1], "a replacement", required: true);
            if (suffix is not null && replacement is not null)
                rules.Add(new SuffixRule(Tokenizer.Normalize(suffix), Tokenizer.Normalize(replacement)));
        }

        return new WordForms(minStem, rules, dropFinalE);
    }
}
