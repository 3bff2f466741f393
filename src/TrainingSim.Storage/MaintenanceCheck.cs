using LiteDB;

namespace TrainingSim.Storage;

/// <summary>The integrity check of <c>db check</c>. Inside one read transaction (so the file cannot change
/// under it, and other programs wait): every secondary index must list exactly the documents a full scan
/// finds, in key order, with no duplicate key in a unique index; and every reference rule must hold
/// (a turn's attempt exists, an attempt's trainee exists). Returns one line per problem.</summary>
public sealed class MaintenanceCheck(ILiteDatabase database, IReadOnlyList<MaintenanceReference> references)
{
    public IReadOnlyList<string> Run()
    {
        var problems = new List<string>();
        database.BeginTrans();
        try
        {
            var collation = new Collation(database.Pragma("COLLATION").AsString);
            var indexes = database.GetCollection("$indexes").FindAll().ToList();
            var documents = new Dictionary<string, List<BsonDocument>>(StringComparer.Ordinal);
            foreach (var name in database.GetCollectionNames().Order(StringComparer.Ordinal))
                documents[name] = [.. database.GetCollection(name).FindAll()];

            foreach (var index in indexes)
            {
                var collection = index["collection"].AsString;
                if (index["name"].AsString == "_id" || !documents.TryGetValue(collection, out var all))
                    continue;
                CheckIndex(collection, index["name"].AsString, index["expression"].AsString, index["unique"].AsBoolean,
                    all, collation, problems);
            }

            foreach (var reference in references)
                CheckReference(reference, documents, collation, problems);
        }
        finally
        {
            database.Rollback();
        }

        return problems;
    }

    private void CheckIndex(
        string collection, string name, string expressionText, bool unique, List<BsonDocument> all, Collation collation,
        List<string> problems)
    {
        var expression = BsonExpression.Create(expressionText);
        var where = $"{collection}: index '{name}' ({expressionText})";
        var viaIndex = database.GetCollection(collection).Find(Query.All(expressionText)).ToList();
        var indexed = new HashSet<BsonValue>(viaIndex.Select(d => d["_id"]));
        var scanned = new HashSet<BsonValue>(all.Select(d => d["_id"]));

        foreach (var document in all)
        {
            var keys = expression.Execute(document, collation).ToList();
            if (!indexed.Contains(document["_id"]) && (expression.IsScalar || keys.Count > 0))
                problems.Add($"{where} does not list document {document["_id"]}");
        }

        foreach (var id in indexed.Where(id => !scanned.Contains(id)))
            problems.Add($"{where} lists document {id}, which a full scan does not find");

        if (!expression.IsScalar)
            return;
        BsonValue? previous = null;
        foreach (var document in viaIndex)
        {
            var key = expression.ExecuteScalar(document, collation);
            if (previous is not null && previous.CompareTo(key, collation) > 0)
            {
                problems.Add($"{where} is out of order at document {document["_id"]} (key {key} after {previous})");
                break;
            }

            previous = key;
        }

        if (unique)
        {
            foreach (var duplicate in all.GroupBy(d => expression.ExecuteScalar(d, collation)).Where(g => g.Count() > 1))
                problems.Add($"{where} is unique but {duplicate.Count()} documents have key {duplicate.Key}");
        }
    }

    private static void CheckReference(
        MaintenanceReference reference, Dictionary<string, List<BsonDocument>> documents, Collation collation,
        List<string> problems)
    {
        if (!documents.TryGetValue(reference.Collection, out var sources))
            return;
        var targetExpression = BsonExpression.Create(reference.TargetExpression);
        var targets = new HashSet<BsonValue>(
            documents.GetValueOrDefault(reference.TargetCollection, []).SelectMany(d => targetExpression.Execute(d, collation)));
        var expression = BsonExpression.Create(reference.Expression);
        foreach (var document in sources)
        {
            foreach (var value in expression.Execute(document, collation))
            {
                if (!targets.Contains(value))
                    problems.Add($"{reference.Collection}: {reference.What} {document["_id"]} refers to {reference.Missing} {value}, which does not exist");
            }
        }
    }
}
