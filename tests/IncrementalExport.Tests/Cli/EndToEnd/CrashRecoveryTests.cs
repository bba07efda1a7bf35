using IncrementalExport.Emulator.Endpoint;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>
/// A run that dies after AWS started the export but before the ARN was written (here: the state write fails with a
/// 5xx): the next run adopts that export, within the token's memory or after it, and never starts a second one.
/// </summary>
public sealed class CrashRecoveryTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public async Task Run_WhenTheArnWriteWasLostAfterTheStart_ShouldAdoptTheStartedExportNotStartASecond(int hoursLater)
    {
        await ArrangeAsync();

        // Run 1 records the intent (its start is throttled); run 2 starts the export but cannot record its ARN.
        Env.Endpoint.Faults.Enqueue(InjectedFault.Throttling, "ExportTableToPointInTime");
        Assert.Equal("Deferred", (await RunAsync()).Step);
        Env.Endpoint.Faults.Enqueue(InjectedFault.InternalServerError, "PutItem");
        var lost = await RunAsync();
        var afterLoss = await StatusAsync();
        var started = Assert.Single(ControlPlane.Exports);
        Time.Advance(TimeSpan.FromHours(hoursLater));

        var adopted = await RunAsync();
        AdvancePastExport();
        await RunAsync();
        var history = await HistoryAsync();

        Assert.Equal("Deferred", lost.Step);
        Assert.Equal(("Starting", (string?)null), (afterLoss.Phase, afterLoss.InFlightArn));
        Assert.Equal(started.ExportArn, adopted.ExportArn);
        Assert.Equal(started.ExportArn, history[0].ExportArn);
        Assert.Equal(1, ControlPlane.Exports.Count(e => e.Parameters.ClientToken == started.Parameters.ClientToken));
        Assert.Equal(1, ControlPlane.Exports.Count(e => !e.Parameters.IsIncremental));
        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, ControlPlane.Exports);
    }
}
