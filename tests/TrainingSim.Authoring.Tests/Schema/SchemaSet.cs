using System.Text.Json.Nodes;
using Json.Schema;

namespace TrainingSim.Authoring.Tests.Schema;

/// <summary>The JSON Schemas shipped in docs/schema/, built once with their relative references resolved among
/// themselves (as the YAML language server resolves them beside the file that names them).</summary>
internal static class SchemaSet
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(TestSupport.TestData, "..", "..", ".."));

    public static string SchemaFolder { get; } = Path.Combine(RepositoryRoot, "docs", "schema");

    /// <summary>Referenced schemas first: a schema is built after the ones it names.</summary>
    private static readonly string[] BuildOrder =
    [
        "scenario.schema.json", "skills.schema.json", "outcomes.schema.json", "phrasebanks.schema.json", "concepts.schema.json",
        "house-rubric.schema.json", "house-rubric-2.schema.json", "text-rules.schema.json", "modules.schema.json",
        "course-plan.schema.json",
    ];

    private static readonly Lazy<Dictionary<string, JsonSchema>> Built = new(Build);

    private static readonly object EvaluationGate = new();

    public static IReadOnlyCollection<string> Names => BuildOrder;

    /// <summary>The schema of a shipped file, by its path relative to the repository root (with `/`), or null when the
    /// file is of no kind that has one.</summary>
    public static string? SchemaFor(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts switch
        {
            ["scenarios", ..] => "scenario.schema.json",
            ["content", "skills.yaml"] => "skills.schema.json",
            ["content", "outcomes.yaml"] => "outcomes.schema.json",
            ["content", "phrasebanks", _] => "phrasebanks.schema.json",
            ["content", "house-rubric", _] => "house-rubric.schema.json",
            ["content", "format-2", "concepts", _] => "concepts.schema.json",
            ["content", "format-2", "house-rubric", _] => "house-rubric-2.schema.json",
            ["content", "format-2", "text", _] => "text-rules.schema.json",
            ["content", "modules", _] => "modules.schema.json",
            ["content", "courses", _] => "course-plan.schema.json",
            _ => null,
        };
    }

    /// <summary>Every problem the schema finds, each at the JSON pointer of the value it is about.</summary>
    public static List<SchemaError> Evaluate(string schemaName, JsonNode? instance)
    {
        var schemas = Built.Value;
        // The built schemas are shared by tests running in parallel, and JsonSchema.Net 7 keeps registration and
        // evaluation state in them: one CI run saw a shape error go unreported. One evaluation at a time.
        EvaluationResults results;
        lock (EvaluationGate)
        {
            var options = new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical };
            foreach (var schema in schemas.Values)
                options.SchemaRegistry.Register(schema);
            results = schemas[schemaName].Evaluate(instance, options);
        }
        var errors = new List<SchemaError>();
        Collect(results, errors);
        if (!results.IsValid && errors.Count == 0)
            errors.Add(new SchemaError("", "?", "invalid", ""));
        return errors;
    }

    /// <summary>The errors of the failed nodes under a failed node. The alternatives of a passing <c>oneOf</c> or
    /// <c>anyOf</c> are no problem, and a failed <c>if</c> only chooses <c>else</c>. A node that fails with no error of
    /// its own and no failed part (a <c>not</c> whose subschema passed, a <c>oneOf</c> matched twice) is an error at
    /// its place.</summary>
    private static void Collect(EvaluationResults node, List<SchemaError> errors)
    {
        if (node.IsValid)
            return;
        var path = node.EvaluationPath.ToString();
        var location = node.InstanceLocation.ToString();
        var own = node.Errors ?? new Dictionary<string, string>();
        foreach (var (keyword, message) in own)
            errors.Add(new SchemaError(location, keyword, message, path));
        var children = (node.Details ?? []).Select(child => (Child: child, Relative: child.EvaluationPath.ToString()[path.Length..])).ToList();
        var failedCombinators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in children.Where(c => CombinatorOf(c.Relative) is not null).GroupBy(c => CombinatorOf(c.Relative)!))
        {
            var matched = group.Count(c => c.Child.IsValid);
            if (group.Key == "anyOf" ? matched == 0 : matched != 1)
                failedCombinators.Add(group.Key);
        }

        var explained = own.Count > 0;
        foreach (var (child, relative) in children)
        {
            var combinator = CombinatorOf(relative);
            if (child.IsValid || relative == "/if" || (combinator is not null && !failedCombinators.Contains(combinator)))
                continue;
            Collect(child, errors);
            explained = true;
        }

        if (!explained)
            errors.Add(new SchemaError(location, "not", "matches a schema that is not allowed", path));
    }

    private static string? CombinatorOf(string relativePath) =>
        relativePath.StartsWith("/oneOf/", StringComparison.Ordinal) ? "oneOf"
        : relativePath.StartsWith("/anyOf/", StringComparison.Ordinal) ? "anyOf"
        : null;

    private static Dictionary<string, JsonSchema> Build()
    {
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var name in BuildOrder)
            built[name] = JsonSchema.FromFile(Path.Combine(SchemaFolder, name));
        return built;
    }
}

internal sealed record SchemaError(string Pointer, string Keyword, string Message, string EvaluationPath)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message} ({EvaluationPath})";
}
