using TrainingSim.Cli.Commands;
using TrainingSim.Cli.Tests.Support;
using TrainingSim.Core.Security;
using TrainingSim.Storage;

namespace TrainingSim.Cli.Tests.Commands;

public class TuiDatabaseTests
{
    [Fact]
    public void PinsAndPassphrases_AfterTheStoreWasReopened_GoThroughTheNewOne()
    {
        using var temp = new TempFolder();
        var path = temp.File("progress.db");
        var first = LiteDbProgressStore.Open(path);
        var database = new TuiDatabase(path, first);
        IPinStore pins = database;
        IRoleStore roles = database;

        using var reopened = database.Reopen();
        // The first store is gone (as one that failed on a full disk is unusable): the gates still work.
        first.Dispose();
        var pinGate = new PinGate(pins, TimeProvider.System);
        var roleGate = new RoleGate(roles, TimeProvider.System);
        pinGate.SetPin("李娜", "2468");
        roleGate.SetPassphrase(Role.Lead, "a passphrase of twelve");

        Assert.True(pinGate.Unlock("李娜", "2468").Granted);
        Assert.True(roleGate.Unlock(Role.Lead, "a passphrase of twelve").Granted);
        Assert.NotNull(reopened.Pins.Find("李娜"));
    }
}
