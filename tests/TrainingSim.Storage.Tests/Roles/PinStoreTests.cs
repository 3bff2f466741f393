using TrainingSim.Core.Progress;
using TrainingSim.Core.Security;

namespace TrainingSim.Storage.Tests.Roles;

public class PinStoreTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unlock_LockedOutThenRestarted_StillLockedOut()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(Nine);
        using (var store = LiteDbProgressStore.Open(folder.File("progress.db")))
        {
            store.AddTrainee("陈静", "2026-11");
            var gate = new PinGate(store.Pins, clock);
            gate.SetPin("陈静", "2468");
            for (var i = 0; i < Lockout.MaxFailures; i++)
                gate.Unlock("陈静", "0000");
        }

        using var reopened = LiteDbProgressStore.Open(folder.File("progress.db"));

        Assert.Equal(UnlockStatus.LockedOut, new PinGate(reopened.Pins, clock).Unlock("陈静", "2468").Status);
        Assert.DoesNotContain("2468", File.ReadAllText(folder.File("progress.db")), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveTrainee_ForgetsTheirPin()
    {
        using var folder = new TempFolder();
        using var store = LiteDbProgressStore.Open(folder.File("progress.db"));
        store.AddTrainee("陈静", null);
        store.Pins.Save(new TraineePin("陈静", PassphraseHasher.Hash("2468")));

        store.RemoveTrainee("陈静");

        Assert.Null(store.Pins.Find("陈静"));
    }

    [Fact]
    public void PinsOff_SetAndReopened_Kept()
    {
        using var folder = new TempFolder();
        using (var store = LiteDbProgressStore.Open(folder.File("progress.db")))
        {
            Assert.False(store.Pins.PinsOff);
            store.Pins.SetPinsOff(true);
        }

        using var reopened = LiteDbProgressStore.Open(folder.File("progress.db"));

        Assert.True(reopened.Pins.PinsOff);
    }

    [Fact]
    public void RemoveTrainee_TheFileRewrite_LeavesNoPinHashOfTheirs()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        string hash;
        using (var store = LiteDbProgressStore.Open(path))
        {
            store.AddTrainee("陈静", null);
            store.AddTrainee("李娜", null);
            hash = PassphraseHasher.Hash("2468");
            store.Pins.Save(new TraineePin("陈静", hash));
            store.Pins.Save(new TraineePin("李娜", PassphraseHasher.Hash("1357")));
        }

        Assert.Equal(0, MaintenanceTasks.RemoveTrainee(path, "陈静"));

        using var reopened = LiteDbProgressStore.Open(path);
        Assert.Null(reopened.Pins.Find("陈静"));
        Assert.NotNull(reopened.Pins.Find("李娜"));
        Assert.DoesNotContain(hash.Split('$')[3], File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void SetPin_WriteRefused_ReportedAsNotStoredAndNothingStored()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        using (var store = LiteDbProgressStore.Open(path))
            store.AddTrainee("陈静", null);

        using (var readOnly = LiteDbProgressStore.Open(path, readOnly: true))
        {
            var refused = Assert.Throws<ProgressStoreException>(() => new PinGate(readOnly.Pins, new ManualClock(Nine)).SetPin("陈静", "2468"));
            Assert.True(refused.WriteFailed);
            Assert.Contains("the PIN of trainee 陈静 was not stored", refused.Message, StringComparison.Ordinal);
        }

        using var reopened = LiteDbProgressStore.Open(path);
        Assert.False(new PinGate(reopened.Pins, new ManualClock(Nine)).HasPin("陈静"));
    }

    [Fact]
    public void SetPassphrase_WriteRefused_ReportedAsNotStoredAndNothingStored()
    {
        using var folder = new TempFolder();
        var path = folder.File("progress.db");
        using (var store = LiteDbProgressStore.Open(path))
            store.AddTrainee("陈静", null);

        using (var readOnly = LiteDbProgressStore.Open(path, readOnly: true))
        {
            var refused = Assert.Throws<ProgressStoreException>(
                () => new RoleGate(readOnly.Roles, new ManualClock(Nine)).SetPassphrase(Role.Lead, "组长口令-2026-冬季班"));
            Assert.True(refused.WriteFailed);
        }

        using var reopened = LiteDbProgressStore.Open(path);
        Assert.False(new RoleGate(reopened.Roles, new ManualClock(Nine)).AnyPassphrase);
    }
}
