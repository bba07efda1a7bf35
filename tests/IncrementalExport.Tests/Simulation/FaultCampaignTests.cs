using IncrementalExport.FaultCampaign;

namespace IncrementalExport.Tests.Simulation;

/// <summary>CI's run of the fault campaign command: a few hundred seeded scenarios, no violation.</summary>
public sealed class FaultCampaignTests
{
    [Fact]
    public async Task Campaign_WhenRunOnSeveralHundredScenarios_ShouldReportZeroViolations()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Campaign.RunAsync(["--scenarios", "300", "--seed", "700000"], output, error);

        Assert.True(exit == 0, output.ToString() + error);
        Assert.Contains("| scenarios | 300 |", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("| **invariant violations** | **0** |", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("faults injected: CrashAfter", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("| ticks while settling for the progress check |", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaign_WhenGivenAnUnknownFlag_ShouldPrintUsageAndExit2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Campaign.RunAsync(["--scenario", "3"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("unknown flag '--scenario'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }
}
