namespace TrainingSim.Core.Security;

/// <summary>Trainee PINs in memory: for tests and for a session without a database.</summary>
public sealed class InMemoryPinStore(bool pinsOff = false) : IPinStore
{
    private readonly Dictionary<string, TraineePin> _pins = new(StringComparer.Ordinal);

    public bool PinsOff { get; private set; } = pinsOff;

    public TraineePin? Find(string trainee) => _pins.GetValueOrDefault(trainee);

    public void Save(TraineePin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        _pins[pin.Trainee] = pin;
    }

    public bool Remove(string trainee) => _pins.Remove(trainee);

    public void SetPinsOff(bool off) => PinsOff = off;
}
