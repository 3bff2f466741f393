using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Security;

namespace TrainingSim.Core.Tests.Security;

public class RoleGateTests
{
    private const string Passphrase = "班长的口令 2026 年冬季班";
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetPassphrase_FirstUse_ThenUnlockGranted()
    {
        var gate = new RoleGate(new InMemoryRoleStore(), new FakeTimeProvider(Nine));

        Assert.Equal(UnlockStatus.NotSet, gate.Unlock(Role.Lead, Passphrase).Status);
        Assert.Equal(SetPassphraseStatus.Set, gate.SetPassphrase(Role.Lead, Passphrase));
        Assert.Equal(SetPassphraseStatus.AlreadySet, gate.SetPassphrase(Role.Lead, "another passphrase"));
        Assert.True(gate.Unlock(Role.Lead, Passphrase).Granted);
        Assert.Equal(UnlockStatus.NotSet, gate.Unlock(Role.Trainer, Passphrase).Status);
    }

    [Fact]
    public void SetPassphrase_ElevenCharacters_TooShort()
    {
        var gate = new RoleGate(new InMemoryRoleStore(), new FakeTimeProvider(Nine));

        Assert.Equal(SetPassphraseStatus.TooShort, gate.SetPassphrase(Role.Trainer, "12345678901"));
        Assert.Equal(SetPassphraseStatus.TooShort, gate.SetPassphrase(Role.Trainer, "十一个汉字的口令太短了"));
        Assert.False(gate.HasPassphrase(Role.Trainer));
    }

    [Fact]
    public void Unlock_FiveWrong_LocksOutEvenTheRightPassphrase_UntilItEnds()
    {
        var store = new InMemoryRoleStore();
        var clock = new FakeTimeProvider(Nine);
        var gate = new RoleGate(store, clock);
        gate.SetPassphrase(Role.Lead, Passphrase);

        var results = Enumerable.Range(0, 5).Select(_ => gate.Unlock(Role.Lead, "wrong guess")).ToList();

        Assert.Equal([4, 3, 2, 1], results.Take(4).Select(r => r.TriesLeft));
        Assert.Equal(new UnlockResult(UnlockStatus.LockedOut, 0, Nine.AddSeconds(30)), results[4]);
        Assert.Equal(UnlockStatus.LockedOut, gate.Unlock(Role.Lead, Passphrase).Status);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(gate.Unlock(Role.Lead, Passphrase).Granted);
    }

    [Fact]
    public void Unlock_SecondLockout_LastsTwiceAsLong()
    {
        var clock = new FakeTimeProvider(Nine);
        var gate = new RoleGate(new InMemoryRoleStore(), clock);
        gate.SetPassphrase(Role.Trainer, Passphrase);
        for (var i = 0; i < 5; i++)
            gate.Unlock(Role.Trainer, "wrong");
        clock.Advance(TimeSpan.FromSeconds(30));

        UnlockResult last = null!;
        for (var i = 0; i < 5; i++)
            last = gate.Unlock(Role.Trainer, "wrong");

        Assert.Equal(clock.GetUtcNow().AddSeconds(60), last.LockedUntil);
    }

    [Fact]
    public void Unlock_NewGateOnSameStore_KeepsTheLockout()
    {
        var store = new InMemoryRoleStore();
        var clock = new FakeTimeProvider(Nine);
        var first = new RoleGate(store, clock);
        first.SetPassphrase(Role.Lead, Passphrase);
        for (var i = 0; i < 5; i++)
            first.Unlock(Role.Lead, "wrong");

        var restarted = new RoleGate(store, clock);

        Assert.Equal(UnlockStatus.LockedOut, restarted.Unlock(Role.Lead, Passphrase).Status);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 60)]
    [InlineData(3, 240)]
    [InlineData(40, 86400)]
    public void LockoutLength_Doubles_UpToADay(int earlier, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Lockout.LockoutLength(earlier));

    [Fact]
    public void ChangePassphrase_RightCurrent_ReplacesIt()
    {
        var gate = new RoleGate(new InMemoryRoleStore(), new FakeTimeProvider(Nine));
        gate.SetPassphrase(Role.Lead, Passphrase);

        Assert.True(gate.ChangePassphrase(Role.Lead, Passphrase, "a new passphrase, longer").Granted);
        Assert.False(gate.Unlock(Role.Lead, Passphrase).Granted);
        Assert.True(gate.Unlock(Role.Lead, "a new passphrase, longer").Granted);
    }

    [Fact]
    public void ChangePassphrase_ShortReplacement_RefusedWithoutCountingATry()
    {
        var gate = new RoleGate(new InMemoryRoleStore(), new FakeTimeProvider(Nine));
        gate.SetPassphrase(Role.Lead, Passphrase);

        Assert.Equal(UnlockStatus.TooShort, gate.ChangePassphrase(Role.Lead, "wrong", "short").Status);
        Assert.Equal(Lockout.MaxFailures - 1, gate.Unlock(Role.Lead, "wrong").TriesLeft);
    }

    [Fact]
    public void UnlockAny_EitherRolesPassphrase_GrantsThatRole_WithoutCountingAgainstTheOther()
    {
        var gate = new RoleGate(new InMemoryRoleStore(), new FakeTimeProvider(Nine));
        gate.SetPassphrase(Role.Lead, Passphrase);
        gate.SetPassphrase(Role.Trainer, "the trainer's own words");

        Assert.Equal(Role.Trainer, gate.UnlockAny("the trainer's own words").Role);
        Assert.Equal(Role.Lead, gate.UnlockAny(Passphrase).Role);
        Assert.Equal(Lockout.MaxFailures - 1, gate.Unlock(Role.Lead, "wrong").TriesLeft);
    }

    [Fact]
    public void UnlockAny_WrongPassphrase_CountsAgainstEveryRole_ThenLocksOut()
    {
        var gate = new RoleGate(new InMemoryRoleStore(), new FakeTimeProvider(Nine));
        Assert.Equal(UnlockStatus.NotSet, gate.UnlockAny(Passphrase).Result.Status);
        gate.SetPassphrase(Role.Lead, Passphrase);
        gate.SetPassphrase(Role.Trainer, "the trainer's own words");

        var results = Enumerable.Range(0, Lockout.MaxFailures).Select(_ => gate.UnlockAny("guess").Result).ToList();

        Assert.Equal([4, 3, 2, 1, 0], results.Select(r => r.TriesLeft));
        Assert.Equal(UnlockStatus.LockedOut, gate.UnlockAny(Passphrase).Result.Status);
        Assert.Equal(UnlockStatus.LockedOut, gate.Unlock(Role.Trainer, "the trainer's own words").Status);
    }
}
