using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>A few of the fault campaign's apply-chain scenarios (<see cref="LakeScenario"/>): each must settle with every view equal to its source.</summary>
public sealed class LakeCampaignScenarioTests
{
    [Theory]
    [InlineData(101)]
    [InlineData(102)]
    [InlineData(103)]
    [InlineData(104)]
    public async Task Scenario_WithCrashesFailuresCancelsAndNewEpochs_ShouldSettleToEveryTablesSource(int seed)
    {
        var result = await LakeScenario.RunAsync(seed);

        Assert.True(result.Passed, string.Join("\n", result.Violations));
        Assert.True(result.Events.GetValueOrDefault("queries run") > 0);
    }
}
