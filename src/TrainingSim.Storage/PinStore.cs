using LiteDB;
using TrainingSim.Core.Security;

namespace TrainingSim.Storage;

/// <summary>Trainee PIN hashes and lockout state in the progress database (collection <c>pins</c>, one
/// document per trainee, keyed by the name), and the PIN setting (collection <c>settings</c>). Every save goes
/// through the store's durable write (free space checked, one committed transaction, a failure reported as not
/// stored), so a PIN or a lockout is reported only once it is stored.</summary>
public sealed class PinStore : IPinStore
{
    public const string Collection = "pins";
    public const string SettingsCollection = "settings";
    private const string PinsOffKey = "pins-off";

    private readonly LiteDbProgressStore _store;

    internal PinStore(LiteDbProgressStore store) => _store = store;

    public bool PinsOff => _store.ReadWith(db =>
        db.GetCollection(SettingsCollection).FindById(PinsOffKey) is { } setting && setting["value"].AsBoolean);

    public TraineePin? Find(string trainee) => _store.ReadWith(db =>
        db.GetCollection(Collection).FindById(trainee) is { } document
            ? new TraineePin(trainee, SecretBson.Hash(document)).WithCounts(SecretBson.Counts(document))
            : null);

    public void Save(TraineePin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        _store.WriteWith($"the PIN of trainee {pin.Trainee}",
            db => db.GetCollection(Collection).Upsert(SecretBson.ToDocument(pin.Trainee, pin.Hash, pin.Counts)));
    }

    public bool Remove(string trainee) =>
        _store.WriteWith($"the PIN reset of trainee {trainee}", db => db.GetCollection(Collection).Delete(trainee));

    public void SetPinsOff(bool off) =>
        _store.WriteWith("the PIN setting",
            db => db.GetCollection(SettingsCollection).Upsert(new BsonDocument { ["_id"] = PinsOffKey, ["value"] = off }));
}
