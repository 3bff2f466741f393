using TrainingSim.Core.Progress;
using TrainingSim.Core.Scenarios;
using static TrainingSim.Core.Tests.TestSupport.Make;

namespace TrainingSim.Core.Tests.Progress;

public class UnlocksTests
{
    private static Scenario S(string id, string module, int difficulty) =>
        Scenario(50, End("end")) with { Id = id, Module = module, Difficulty = difficulty };

    private static readonly Scenario[] Catalog =
    [
        S("bill-1", "billing", 1), S("bill-1b", "billing", 1), S("bill-2", "billing", 2), S("bill-3", "billing", 3),
        S("net-2", "network", 2), S("net-4", "network", 4),
    ];

    private static Dictionary<string, ScenarioBest> Best(params (string Id, int Stars)[] best) =>
        best.ToDictionary(b => b.Id, b => new ScenarioBest(b.Id, 50, b.Stars, 1));

    [Fact]
    public void Compute_NothingPassed_EasiestOfEachModule()
    {
        Assert.Equal(["bill-1", "bill-1b", "net-2"], Unlocks.Compute(Catalog, Best()).Order());
    }

    [Fact]
    public void Compute_OneOfTwoEasiestPassed_NextStaysLocked()
    {
        Assert.DoesNotContain("bill-2", Unlocks.Compute(Catalog, Best(("bill-1", 3))));
    }

    [Fact]
    public void Compute_ZeroStars_DoesNotUnlock()
    {
        Assert.DoesNotContain("bill-2", Unlocks.Compute(Catalog, Best(("bill-1", 1), ("bill-1b", 0))));
    }

    [Fact]
    public void Compute_EasierPassed_NextUnlockedOnlyInThatModule()
    {
        var unlocked = Unlocks.Compute(Catalog, Best(("bill-1", 1), ("bill-1b", 2)));
        Assert.Equal(["bill-1", "bill-1b", "bill-2", "net-2"], unlocked.Order());
    }

    [Fact]
    public void Compute_UnlockAll_Everything()
    {
        Assert.Equal(Catalog.Select(s => s.Id).Order(), Unlocks.Compute(Catalog, Best(), unlockAll: true).Order());
    }
}
