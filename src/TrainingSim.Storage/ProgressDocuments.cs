using System.Globalization;
using LiteDB;

namespace TrainingSim.Storage;

/// <summary>Every document of a progress database that can be read, collection by collection: progress
/// documents must also map to trainees, attempts and turns (<see cref="ProgressBson"/>); other collections
/// (the staff roles) are kept as they are. What cannot be read is named in <see cref="Lost"/>.</summary>
internal sealed class ProgressDocuments
{
    private static readonly Dictionary<string, Action<BsonDocument>> Mappers = new(StringComparer.Ordinal)
    {
        [ProgressBson.Trainees] = d => ProgressBson.ToTrainee(d),
        [ProgressBson.Attempts] = d => ProgressBson.ToAttempt(d, []),
        [ProgressBson.Turns] = d => ProgressBson.ToTurn(d),
    };

    public Dictionary<string, List<BsonDocument>> Collections { get; } = new(StringComparer.Ordinal);

    public List<string> Lost { get; } = [];

    public static ProgressDocuments ReadAll(ILiteDatabase database)
    {
        var result = new ProgressDocuments();
        List<string> names;
        try
        {
            names = [.. database.GetCollectionNames().Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            result.Lost.Add($"the list of collections cannot be read ({Reason(e)}): nothing can be copied");
            return result;
        }

        foreach (var name in names)
            result.Collections[name] = result.Read(database, name);
        return result;
    }

    private List<BsonDocument> Read(ILiteDatabase database, string name)
    {
        var documents = new List<BsonDocument>();
        var map = Mappers.GetValueOrDefault(name);
        try
        {
            foreach (var document in database.GetCollection(name).FindAll())
            {
                try
                {
                    map?.Invoke(document);
                    documents.Add(document);
                }
                catch (Exception e) when (DamageFlag.Unreadable(e))
                {
                    Lost.Add($"{name}: document {Id(document)} cannot be read ({Reason(e)})");
                }
            }
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            var expected = Count(database, name);
            Lost.Add(expected is { } count && count > documents.Count
                ? string.Create(CultureInfo.InvariantCulture, $"{name}: {count - documents.Count} of {count} documents cannot be read ({Reason(e)})")
                : string.Create(CultureInfo.InvariantCulture, $"{name}: reading stopped after {documents.Count} documents ({Reason(e)})"));
        }

        return documents;
    }

    private static int? Count(ILiteDatabase database, string name)
    {
        try
        {
            return database.GetCollection(name).Count();
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            return null;
        }
    }

    private static string Id(BsonDocument document)
    {
        try
        {
            return document["_id"].ToString();
        }
        catch (Exception e) when (DamageFlag.Unreadable(e))
        {
            return "?";
        }
    }

    public static string Reason(Exception e) => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
