using IncrementalExport.Core.Planning;
using IncrementalExport.Emulator.Endpoint;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Throttles, 5xx and the account limit: the tick defers, keeps only its recorded intent, and never starts twice.</summary>
public sealed class ThrottleTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private const string StartExport = "ExportTableToPointInTime";

    public static TheoryData<string> TransientFaults => ["ThrottlingException", "InternalServerError", "LimitExceededException"];

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Run_WhenTheStartIsRefusedTransiently_ShouldDeferKeepingTheIntentAndStartExactlyOneExportNextRun(string errorCode)
    {
        await ArrangeAsync();
        Env.Endpoint.Faults.Enqueue(FaultOf(errorCode), StartExport);
        var exportTime = FloorToMinute(Usable);

        var deferred = await RunAsync();
        var intent = await StatusAsync();
        var text = await CliAsync("status");
        var exportsAfterDefer = ControlPlane.Exports.Count;
        var started = await RunAsync();
        var following = await RunAsync();

        var export = Assert.Single(ControlPlane.Exports);
        Assert.Equal(("Deferred", new ExportedWindow("Full", exportTime, exportTime)), (deferred.Step, deferred.Window));
        Assert.StartsWith($"{errorCode}: ", deferred.Detail, StringComparison.Ordinal);
        Assert.Contains("the next tick re-issues the same request; state now: Starting (full export at ", deferred.Detail, StringComparison.Ordinal);
        Assert.Equal(0, exportsAfterDefer);
        Assert.Equal(("Starting", 1, new ExportedWindow("Full", exportTime, exportTime), (string?)null), (intent.Phase, intent.Epoch, intent.InFlight, intent.InFlightArn));
        Assert.Contains($"full {exportTime:yyyy-MM-ddTHH:mm:ss}Z starting", text.Out, StringComparison.Ordinal);
        Assert.Equal(("StartedFull", export.ExportArn), (started.Step, started.ExportArn));
        Assert.Equal(exportTime, export.Parameters.ExportTime);
        Assert.Equal(("InProgress", export.ExportArn), (following.Step, following.ExportArn));
        Assert.Equal(2, Env.Endpoint.Calls.Count(StartExport));
    }

    [Fact]
    public async Task Run_WhenDescribeExportIsThrottled_ShouldDeferAndChangeNothing()
    {
        await ArrangeAsync();
        await RunAsync();
        AdvancePastExport();
        var before = await StatusAsync();
        Env.Endpoint.Faults.Enqueue(InjectedFault.Throttling, "DescribeExport");

        var deferred = await RunAsync();
        var after = await StatusAsync();
        var historyAfterDefer = await HistoryAsync();
        var recorded = await RunAsync();

        Assert.Equal("Deferred", deferred.Step);
        Assert.Contains("ThrottlingException", deferred.Detail, StringComparison.Ordinal);
        Assert.EndsWith("nothing changed, the next tick retries; state unchanged: Exporting (full export at " + $"{before.InFlight!.From:yyyy-MM-ddTHH:mm:ss}Z in flight)", deferred.Detail, StringComparison.Ordinal);
        Assert.Equal(before.Json, after.Json);
        Assert.Empty(historyAfterDefer);
        Assert.Single(ControlPlane.Exports);
        Assert.StartsWith("recorded full export", recorded.Detail, StringComparison.Ordinal);
        Assert.Single(await HistoryAsync());
    }

    [Fact]
    public async Task Run_WhenDescribeContinuousBackupsIsThrottledOnAnIdleTable_ShouldDeferAndChangeNothing()
    {
        await ArrangeAsync();
        await RunAsync();
        AdvancePastExport();
        await RunAsync();

        // Past the age up to which the next window is planned from the PITR window last seen: the tick asks AWS again.
        Time.Advance(PitrEstimate.MaxAge + TimeSpan.FromMinutes(30));
        var before = await StatusAsync();
        Env.Endpoint.Faults.Enqueue(InjectedFault.Throttling, "DescribeContinuousBackups");

        var deferred = await RunAsync();
        var after = await StatusAsync();
        var exportsAfterDefer = ControlPlane.Exports.Count;
        var started = await RunAsync();

        Assert.Equal("Deferred", deferred.Step);
        Assert.Equal(before.Json, after.Json);
        Assert.Equal(1, exportsAfterDefer);
        Assert.Equal("StartedIncremental", started.Step);
        Assert.Equal(2, ControlPlane.Exports.Count);
    }

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Run_WhenDescribeTableFailsAfterTheIntentIsRecorded_ShouldSayTheIntentStandsAndStartOnceNextRun(string errorCode)
    {
        await ArrangeAsync();
        Env.Endpoint.Faults.Enqueue(FaultOf(errorCode), "DescribeTable");

        var deferred = await RunAsync();
        var intent = await StatusAsync();
        var started = await RunAsync();

        Assert.Equal("Deferred", deferred.Step);
        Assert.StartsWith($"{errorCode}: ", deferred.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing changed", deferred.Detail, StringComparison.Ordinal);
        Assert.Contains("state now: Starting (full export at ", deferred.Detail, StringComparison.Ordinal);
        Assert.Equal(("Starting", (string?)null), (intent.Phase, intent.InFlightArn));
        Assert.Equal("StartedFull", started.Step);
        Assert.Single(ControlPlane.Exports);
    }

    private static InjectedFault FaultOf(string errorCode) => errorCode switch
    {
        "ThrottlingException" => InjectedFault.Throttling,
        "InternalServerError" => InjectedFault.InternalServerError,
        "LimitExceededException" => InjectedFault.LimitExceeded,
        _ => throw new ArgumentOutOfRangeException(nameof(errorCode), errorCode, "no such fault"),
    };
}
