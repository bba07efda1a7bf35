using FsCheck;
using FsCheck.Xunit;

namespace IncrementalExport.Tests.Simulation;

/// <summary>
/// Skipping tables, planning from the PITR window last seen and adaptive windows never break a chain and never stall
/// one, whatever AWS's lag and export times do (<see cref="PaceScenario"/>).
/// </summary>
public sealed class PacePropertyTests
{
    [Property(MaxTest = 150, Arbitrary = [typeof(ExactlyOncePropertyTests.Seeds)])]
    public void RandomPaces_ShouldKeepEveryInvariantAndNeverStall(int seed)
    {
        var scenario = new PaceScenario(seed);
        var violations = scenario.RunAsync().GetAwaiter().GetResult();

        Assert.True(violations.Count == 0, $"{string.Join("\n", violations)}\nsteps:\n  {string.Join("\n  ", scenario.Log)}");
    }
}
