namespace TrainingSim.Tui.Tests;

public class BuildSmokeTests
{
    [Fact]
    public void Assembly_Loads() => Assert.NotNull(typeof(BuildSmokeTests).Assembly);
}
