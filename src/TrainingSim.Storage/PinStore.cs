using LiteDB;
using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

/// <summary>Trainee PIN hashes and lockout state in the progress database (collection <c>pins</c>, one
/// document per trainee, keyed by the name), and the PIN setting (collection <c>settings</c>). Like
/// <see cref="RoleStore"/>, every save is checkpointed so a lockout survives a killed process.</summary>
public sealed class PinStore(ILiteDatabase database) : IPinStore
{
    public const string Collection = "pins";
    public const string SettingsCollection = "settings";
    private const string PinsOffKey = "pins-off";

    private ILiteCollection<BsonDocument> Pins => database.GetCollection(Collection);

    private ILiteCollection<BsonDocument> Settings => database.GetCollection(SettingsCollection);

    public bool PinsOff => Settings.FindById(PinsOffKey) is { } setting && setting["value"].AsBoolean;

    public TraineePin? Find(string trainee)
    {
        var document = Pins.FindById(trainee);
        return document is null ? null : new TraineePin(trainee, SecretBson.Hash(document)).WithCounts(SecretBson.Counts(document));
    }

    public void Save(TraineePin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        Pins.Upsert(SecretBson.ToDocument(pin.Trainee, pin.Hash, pin.Counts));
        database.Checkpoint();
    }

    public bool Remove(string trainee)
    {
        var removed = Pins.Delete(trainee);
        database.Checkpoint();
        return removed;
    }

    public void SetPinsOff(bool off)
    {
        Settings.Upsert(new BsonDocument { ["_id"] = PinsOffKey, ["value"] = off });
        database.Checkpoint();
    }
}
