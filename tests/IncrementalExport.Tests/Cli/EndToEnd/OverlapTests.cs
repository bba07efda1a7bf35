using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Two operators (or the schedule and an operator) running ticks at the same time never start a window twice.</summary>
public sealed class OverlapTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private static readonly string[] AllowedSteps = ["StartedFull", "StartedIncremental", "InProgress", "Waiting", "Superseded"];

    [Fact]
    public async Task Run_WhenTwoRunsOverlapAtEveryTick_ShouldStartEachWindowOnceAndKeepTheChainWhole()
    {
        await ArrangeAsync();

        for (var round = 0; round < 8; round++)
        {
            var outcomes = await Task.WhenAll(RunAsync(), RunAsync());

            Assert.All(outcomes, o => Assert.Contains(o.Step, AllowedSteps));
            var status = await StatusAsync();
            var exports = ControlPlane.Exports;
            var history = await HistoryAsync();
            var inFlight = status.InFlight is null ? 0 : 1;
            Assert.Equal(history.Count + inFlight, exports.Count);
            Assert.Equal(exports.Count, exports.Select(ChainAssert.WindowOf).Distinct().Count());
            Assert.Equal(status.InFlightArn, inFlight == 0 ? null : exports[^1].ExportArn);
            Time.Advance(TimeSpan.FromMinutes(10));
        }

        var final = await HistoryAsync();
        Assert.True(final.Count >= 3, $"only {final.Count} exports completed in 8 rounds");
        ChainAssert.GapFreeAndOverlapFree(final);
        ChainAssert.MatchesExports(final, ControlPlane.Exports);
    }
}
