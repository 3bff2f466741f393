using Microsoft.Extensions.Time.Testing;
using TrainingSim.Core.Security;

namespace TrainingSim.Core.Tests.Security;

public class PinGateTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetPin_FirstSignIn_ThenOnlyThatPinUnlocks()
    {
        var gate = new PinGate(new InMemoryPinStore(), new FakeTimeProvider(Nine));

        Assert.Equal(UnlockStatus.NotSet, gate.Unlock("陈静", "2468").Status);
        Assert.Equal(SetPassphraseStatus.Set, gate.SetPin("陈静", "2468"));
        Assert.Equal(SetPassphraseStatus.AlreadySet, gate.SetPin("陈静", "1357"));
        Assert.True(gate.Unlock("陈静", "2468").Granted);
        Assert.Equal(UnlockStatus.Denied, gate.Unlock("陈静", "1357").Status);
        Assert.Equal(UnlockStatus.NotSet, gate.Unlock("李娜", "2468").Status);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("12a4")]
    [InlineData("1234567890123")]
    [InlineData("١٢٣٤")]
    public void SetPin_NotFourToTwelveAsciiDigits_Refused(string pin)
    {
        var gate = new PinGate(new InMemoryPinStore(), new FakeTimeProvider(Nine));

        Assert.Equal(SetPassphraseStatus.TooShort, gate.SetPin("陈静", pin));
        Assert.False(gate.HasPin("陈静"));
    }

    [Fact]
    public void Unlock_FiveWrong_LockedOut_AcrossANewGate()
    {
        var store = new InMemoryPinStore();
        var clock = new FakeTimeProvider(Nine);
        new PinGate(store, clock).SetPin("陈静", "2468");
        for (var i = 0; i < Lockout.MaxFailures; i++)
            new PinGate(store, clock).Unlock("陈静", "0000");

        var restarted = new PinGate(store, clock);

        Assert.Equal(new UnlockResult(UnlockStatus.LockedOut, 0, Nine.AddSeconds(30)), restarted.Unlock("陈静", "2468"));
        clock.Advance(Lockout.FirstLockout);
        Assert.True(restarted.Unlock("陈静", "2468").Granted);
    }

    [Fact]
    public void Reset_ByStaff_NextSignInSetsANewPin()
    {
        var gate = new PinGate(new InMemoryPinStore(), new FakeTimeProvider(Nine));
        gate.SetPin("陈静", "2468");

        Assert.True(gate.Reset(Session.ForStaff(Role.Lead), "陈静"));

        Assert.False(gate.HasPin("陈静"));
        Assert.Equal(SetPassphraseStatus.Set, gate.SetPin("陈静", "1357"));
    }

    [Fact]
    public void Reset_AndSetting_ByATraineeSession_Refused()
    {
        var gate = new PinGate(new InMemoryPinStore(), new FakeTimeProvider(Nine));
        gate.SetPin("陈静", "2468");

        Assert.Throws<InvalidOperationException>(() => gate.Reset(Session.ForTrainee("李娜"), "陈静"));
        Assert.Throws<InvalidOperationException>(() => gate.SetRequired(Session.ForTrainee("李娜"), required: false));
        Assert.True(gate.HasPin("陈静"));
        Assert.True(gate.Required);
    }

    [Fact]
    public void SetRequired_OffByStaff_PinsNoLongerRequired()
    {
        var gate = new PinGate(new InMemoryPinStore(), new FakeTimeProvider(Nine));

        gate.SetRequired(Session.ForStaff(Role.Lead), required: false);

        Assert.False(gate.Required);
    }
}
