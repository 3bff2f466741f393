using TrainingSim.Authoring.Diagnostics;
using TrainingSim.Authoring.Schema;
using TrainingSim.Authoring.Scenarios;
using TrainingSim.Authoring.Yaml;
using TrainingSim.Core.Content;
using TrainingSim.Core.Diagnostics;
using TrainingSim.Core.Scenarios;

namespace TrainingSim.Authoring;

/// <summary>Loads <c>content/</c>: <c>skills.yaml</c>, the optional <c>outcomes.yaml</c>, <c>phrasebanks/&lt;language&gt;.yaml</c>,
/// <c>house-rubric/&lt;language&gt;.yaml</c> and, for format 2 and all optional, <c>format-2/concepts/</c>, <c>format-2/text/</c>
/// and <c>format-2/house-rubric/</c> (one file per language each), and the optional <c>modules/&lt;language&gt;.yaml</c>. What is wrong is reported; what is right is still loaded.</summary>
public static partial class ContentLoader
{
    private const string Format1HouseOwner = "this house rubric (content/house-rubric/; format 2 has its own in content/format-2/house-rubric/)";

    private static readonly string[] SkillsFileKeys = ["skills"];
    private static readonly string[] SkillKeys = ["name", "description"];
    private static readonly string[] HouseFileKeys = ["rubric"];
    private static readonly string[] OutcomesFileKeys = ["outcomes"];

    public static ContentLoadResult Load(string contentDir) => Load(contentDir, onlyLanguage: null);

    /// <summary>Loads the content, with <paramref name="onlyLanguage"/> only that language's files of the per-language
    /// folders (a command that plays one scenario needs no other language's phrase banks, rubrics or rules).</summary>
    public static ContentLoadResult Load(string contentDir, string? onlyLanguage)
    {
        ArgumentNullException.ThrowIfNull(contentDir);
        var diagnostics = new ContentLog();
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Add(DiagnosticCodes.ContentMissing.Create(contentDir, SourceSpan.None, "the content folder does not exist"));
            return new ContentLoadResult(new TrainingContent(), diagnostics, []);
        }

        var skills = LoadSkills(Path.Combine(contentDir, "skills.yaml"), diagnostics);
        var outcomes = LoadOutcomes(Path.Combine(contentDir, "outcomes.yaml"), diagnostics);
        var banks = ByLanguage(onlyLanguage, Path.Combine(contentDir, "phrasebanks"), diagnostics, LoadBanks);
        var content = new TrainingContent { Skills = skills, Outcomes = outcomes, PhraseBanks = banks };
        var format1 = new ScenarioFormat(1, Format1HouseOwner);
        var house = ByLanguage(onlyLanguage, Path.Combine(contentDir, "house-rubric"), diagnostics,
            (file, language, log) => LoadHouseRubric(file, language, content, format1, log));

        var format2 = Path.Combine(contentDir, "format-2");
        var concepts = ByLanguage(onlyLanguage, Path.Combine(format2, "concepts"), diagnostics, LoadBanks);
        var textRules = ByLanguage(onlyLanguage, Path.Combine(format2, "text"), diagnostics, LoadTextRules);
        content = content with { HouseRubric = house, Concepts = concepts, TextRules = textRules };
        var house2 = ByLanguage(onlyLanguage, Path.Combine(format2, "house-rubric"), diagnostics,
            (file, language, log) => LoadHouseRubric(file, language, content, new ScenarioFormat(2, "this house rubric"), log));

        var modules = ByLanguage(onlyLanguage, Path.Combine(contentDir, "modules"), diagnostics, (file, _, log) => LoadModules(file, content, log));

        return new ContentLoadResult(content with { HouseRubric2 = house2, Modules = modules }, diagnostics, diagnostics.Files);
    }

    /// <summary>Every <c>&lt;language&gt;.yaml</c> of <paramref name="folder"/> (if it exists; with <paramref name="onlyLanguage"/>, that
    /// language's alone), loaded by <paramref name="load"/>.</summary>
    private static Dictionary<string, T> ByLanguage<T>(string? onlyLanguage, string folder, ContentLog diagnostics,
        Func<string, string, ContentLog, T> load)
    {
        var loaded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (language, file) in LanguageFiles(folder, diagnostics))
        {
            if (onlyLanguage is null || language == onlyLanguage)
                loaded[language] = load(file, language, diagnostics);
        }

        return loaded;
    }

    private static Dictionary<string, Skill> LoadSkills(string path, ContentLog diagnostics)
    {
        var skills = new Dictionary<string, Skill>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCodes.ContentMissing.Create(path, SourceSpan.None, "skills.yaml is missing: rubric items need the skill ids it defines"));
            return skills;
        }

        var (bag, read, root) = Open(path, diagnostics);
        var top = read.Mapping(root, "skills.yaml", SkillsFileKeys);
        if (top is not null && read.Require(top, "skills", "skills.yaml", SourceSpan.None))
        {
            var list = read.Mapping(top["skills"], "skills", knownKeys: null);
            foreach (var (key, value) in list?.Entries ?? [])
            {
                var id = read.Id(key, "skill id", Ids.Step(), "skill id", Ids.StepRule);
                var view = read.Mapping(value, $"skill `{key.Value}`", SkillKeys);
                if (id is null || view is null)
                    continue;
                read.Require(view, "name", $"skill `{id}`", key.Span);
                var names = Texts(read, view["name"], $"skills.{id}.name");
                var descriptions = Texts(read, view["description"], $"skills.{id}.description");
                if (names is not null)
                    skills[id] = new Skill(id, names, descriptions ?? new Dictionary<string, string>());
            }
        }

        diagnostics.AddRange(bag.ToSortedList());
        return skills;
    }

    /// <summary>The optional <c>outcomes.yaml</c>: outcome id → display name per language. No file, no names.</summary>
    private static Dictionary<string, Outcome> LoadOutcomes(string path, ContentLog diagnostics)
    {
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return outcomes;

        var (bag, read, root) = Open(path, diagnostics);
        var top = read.Mapping(root, "outcomes.yaml", OutcomesFileKeys);
        if (top is not null && read.Require(top, "outcomes", "outcomes.yaml", SourceSpan.None))
        {
            var list = read.Mapping(top["outcomes"], "outcomes", knownKeys: null);
            foreach (var (key, value) in list?.Entries ?? [])
            {
                var id = read.Id(key, "outcome id", Ids.Step(), "outcome id", Ids.StepRule);
                var names = Texts(read, value, $"outcomes.{key.Value}");
                if (id is not null && names is not null)
                    outcomes[id] = new Outcome(id, names);
            }
        }

        diagnostics.AddRange(bag.ToSortedList());
        return outcomes;
    }

    private static Dictionary<string, string>? Texts(SchemaReader read, YamlNode? node, string name)
    {
        var view = read.Mapping(node, name, knownKeys: null);
        if (view is null)
            return null;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in view.Entries)
        {
            var text = read.Text(value, $"{name}.{key.Value}", required: true);
            if (read.Id(key, "language", Ids.Language(), "language tag", Ids.LanguageRule) is not null && text is not null)
                texts[key.Value] = text;
        }

        return texts;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> LoadBanks(string path, string language, ContentLog diagnostics)
    {
        var banks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var (bag, read, root) = Open(path, diagnostics);
        var view = read.Mapping(root, "a phrase bank file", knownKeys: null);
        foreach (var (key, value) in view?.Entries ?? [])
        {
            var name = read.Id(key, "phrase bank name", Ids.Step(), "phrase bank name", Ids.StepRule);
            var phrases = read.TextList(value, $"phrase bank `{key.Value}`");
            if (name is null || phrases is null)
                continue;
            var kept = new List<string>();
            foreach (var (text, node) in phrases)
            {
                if (text.StartsWith('@'))
                {
                    bag.Add(DiagnosticCodes.OutOfRange, node.Span, $"a phrase of bank `{name}`", "a phrase (a bank cannot name another bank)", text);
                }
                else if (!PhraseResolver.TryParse(text, out var phrase, out var error))
                {
                    if (phrase is RegexPhrase)
                        bag.Add(DiagnosticCodes.InvalidRegex, node.Span, text, error);
                    else
                        bag.Add(DiagnosticCodes.EmptyPhrase, node.Span, text);
                }
                else
                {
                    kept.Add(text);
                }
            }

            banks[name] = kept;
        }

        diagnostics.AddRange(bag.ToSortedList());
        return banks;
    }

    private static IReadOnlyList<RubricItem> LoadHouseRubric(string path, string language, TrainingContent content, ScenarioFormat format,
        ContentLog diagnostics)
    {
        var (bag, read, root) = Open(path, diagnostics);
        var items = new List<RubricItem>();
        var top = read.Mapping(root, "a house rubric file", HouseFileKeys);
        if (top is not null && read.Require(top, "rubric", "the house rubric", SourceSpan.None))
            items = new RubricItemReader(read, content, format).ReadList(top["rubric"], "the house rubric", language, "house.", fromHouse: true);
        diagnostics.AddRange(bag.ToSortedList());
        return items;
    }

    /// <summary>Reads a content file's tree; the reader's problems go straight to <paramref name="diagnostics"/>.</summary>
    private static (DiagnosticBag Bag, SchemaReader Read, YamlNode? Root) Open(string path, ContentLog diagnostics)
    {
        var bag = new DiagnosticBag(path);
        diagnostics.Files.Add(path);
        var bytes = FileBytes.Read(path, out var problem);
        if (bytes is null)
        {
            diagnostics.Add(problem!);
            return (bag, new SchemaReader(bag), null);
        }

        var read = SafeYamlReader.Read(bytes, path);
        diagnostics.AddRange(read.Diagnostics);
        return (bag, new SchemaReader(bag), read.Root);
    }

    private static List<(string Language, string File)> LanguageFiles(string folder, ContentLog diagnostics)
    {
        var files = new List<(string, string)>();
        if (!Directory.Exists(folder))
            return files;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                continue;
            var language = Path.GetFileNameWithoutExtension(file);
            if (!Ids.Language().IsMatch(language))
            {
                diagnostics.Add(DiagnosticCodes.InvalidId.Create(file, SourceSpan.None, language, "language tag (the file name)", Ids.LanguageRule));
                continue;
            }

            files.Add((language, file));
        }

        return files;
    }

    /// <summary>What loading the content found: every problem, and every file read, in the order read.</summary>
    private sealed class ContentLog : List<Diagnostic>
    {
        public List<string> Files { get; } = [];
    }
}
