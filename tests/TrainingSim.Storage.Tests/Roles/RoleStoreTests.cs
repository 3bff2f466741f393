using TrainingSim.Core.Security;
using TrainingSim.Storage.Tests.Maintenance;

namespace TrainingSim.Storage.Tests.Roles;

public class RoleStoreTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static LiteDbProgressStore Open(string path) => LiteDbProgressStore.Open(path);

    [Fact]
    public void Save_ThenFind_AfterReopen_SameCredential()
    {
        using var folder = new TempFolder();
        var credential = new RoleCredential(Role.Trainer, "pbkdf2-sha256$600000$c2FsdA==$aGFzaA==", 3, 2, Nine.AddMinutes(2));
        using (var database = Open(folder.File("progress.db")))
            database.Roles.Save(credential);

        using var reopened = Open(folder.File("progress.db"));

        Assert.Equal(credential, reopened.Roles.Find(Role.Trainer));
        Assert.Null(reopened.Roles.Find(Role.Lead));
    }

    [Fact]
    public void Unlock_LockedOutThenRestarted_StillLockedOut_UntilItEnds()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(Nine);
        using (var database = Open(folder.File("progress.db")))
        {
            var gate = new RoleGate(database.Roles, clock);
            gate.SetPassphrase(Role.Lead, "组长口令-2026-冬季班");
            for (var i = 0; i < Lockout.MaxFailures; i++)
                gate.Unlock(Role.Lead, "guess " + i);
        }

        using var restarted = Open(folder.File("progress.db"));
        var again = new RoleGate(restarted.Roles, clock);

        Assert.Equal(new UnlockResult(UnlockStatus.LockedOut, 0, Nine.AddSeconds(30)), again.Unlock(Role.Lead, "组长口令-2026-冬季班"));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(again.Unlock(Role.Lead, "组长口令-2026-冬季班").Granted);
    }

    [Fact]
    public void Save_StoresNoPassphrase_OnlyTheHash()
    {
        using var folder = new TempFolder();
        using (var database = Open(folder.File("progress.db")))
            new RoleGate(database.Roles, new ManualClock(Nine)).SetPassphrase(Role.Trainer, "plain-secret-words");

        var bytes = File.ReadAllBytes(folder.File("progress.db"));

        Assert.Equal(-1, bytes.AsSpan().IndexOf("plain-secret-words"u8));
        Assert.NotEqual(-1, bytes.AsSpan().IndexOf("pbkdf2-sha256$600000$"u8));
    }
}
