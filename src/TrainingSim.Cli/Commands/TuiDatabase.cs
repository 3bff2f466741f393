using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Commands;

/// <summary>The text UI's progress database: the store opened at start and, once a write failed, the one a retry
/// opened in its place (a LiteDB store stays failed after an I/O error). PINs and staff passphrases are read and
/// written through whichever is current, so a disk that failed once does not keep trainees and staff out until the
/// game is restarted. The reopened stores are the retrying store's to dispose; the first is the caller's.</summary>
internal sealed class TuiDatabase(string path, LiteDbProgressStore first) : IPinStore, IRoleStore
{
    private volatile LiteDbProgressStore _current = first;

    /// <summary>Opens the database again and makes it the current one.</summary>
    public LiteDbProgressStore Reopen() => _current = LiteDbProgressStore.Open(path);

    public bool PinsOff => _current.Pins.PinsOff;

    TraineePin? IPinStore.Find(string trainee) => _current.Pins.Find(trainee);

    public void Save(TraineePin pin) => _current.Pins.Save(pin);

    public bool Remove(string trainee) => _current.Pins.Remove(trainee);

    public void SetPinsOff(bool off) => _current.Pins.SetPinsOff(off);

    RoleCredential? IRoleStore.Find(Role role) => _current.Roles.Find(role);

    public void Save(RoleCredential credential) => _current.Roles.Save(credential);
}
