using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>reset starts a new epoch with a full export at the requested time, and refuses a time outside the PITR window.</summary>
public sealed class ResetTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private static readonly DateTimeOffset InsideWindow = new(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reset_WhenFromIsInsideThePitrWindow_ShouldMakeTheNextRunStartAFullExportAtExactlyThatTimeInEpochTwo()
    {
        await ArrangeAndCompleteFirstFullAsync();

        var reset = await CliAsync("reset", "--table", Table, "--from", "2026-11-22T09:30:00+01:00");
        var pending = await StatusAsync();
        var started = await RunAsync();
        AdvancePastExport();
        var recorded = await RunAsync();
        var history = await HistoryAsync();

        var export = Assert.Single(ControlPlane.Exports, e => e.ExportArn == started.ExportArn);
        Assert.Equal((0, ""), (reset.ExitCode, reset.Error));
        Assert.StartsWith("orders: reset requested: the next tick starts a new epoch with a full export at 2026-11-22T08:30:00Z", reset.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^orders\s+Idle, reset to 2026-11-22T08:30:00Z pending\s+1\s", reset.Out);
        Assert.Equal((1, true, (DateTimeOffset?)InsideWindow), (pending.Epoch, pending.ResetPending, pending.ResetFrom));
        Assert.Equal(("StartedFull", new ExportedWindow("Full", InsideWindow, InsideWindow), 2), (started.Step, started.Window, started.Status.Epoch));
        Assert.Equal((ExportParameters.FullExport, (DateTimeOffset?)InsideWindow), (export.Parameters.ExportType, export.Parameters.ExportTime));
        Assert.Equal("dynamodb/orders/epoch=2/full", export.Parameters.S3Prefix);
        Assert.Equal([(1, 0), (2, 0)], history.Select(h => (h.Epoch, h.Sequence)));

        // Epoch 2 then catches up from its own full export time.
        Assert.Equal(("StartedIncremental", InsideWindow, 2), (recorded.Step, recorded.Window?.From, recorded.Status.Epoch));
        Assert.StartsWith("dynamodb/orders/epoch=2/incremental/20261122T083000Z_", ControlPlane.Exports[^1].Parameters.S3Prefix, StringComparison.Ordinal);
        Assert.Equal(new ExportedWindow("Full", InsideWindow, InsideWindow), history[1].Window);
        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, ControlPlane.Exports);
    }

    [Fact]
    public async Task Reset_WhenFromIsNotGiven_ShouldStartTheNewEpochAtTheLatestRestorableTime()
    {
        await ArrangeAndCompleteFirstFullAsync();
        Time.Advance(TimeSpan.FromMinutes(3));

        var reset = await CliAsync("reset", "--table", Table);
        var started = await RunAsync();

        var expected = FloorToMinute(Usable);
        Assert.Contains("reset requested: the next tick starts a new epoch with a full export at the latest restorable time", reset.Out, StringComparison.Ordinal);
        Assert.Equal(("StartedFull", new ExportedWindow("Full", expected, expected), 2), (started.Step, started.Window, started.Status.Epoch));
        Assert.Equal(expected, ControlPlane.Exports[^1].Parameters.ExportTime);
    }

    [Theory]
    [InlineData("2026-11-14T10:00:00Z")]
    [InlineData("2026-11-24T10:30:00Z")]
    public async Task Reset_WhenFromIsOutsideThePitrWindow_ShouldFailNamingTheWindowAndChangeNothing(string from)
    {
        await ArrangeAndCompleteFirstFullAsync();
        var before = await StatusAsync();
        var exportsBefore = ControlPlane.Exports.Count;

        var reset = await CliAsync("reset", "--table", Table, "--from", from);
        var after = await StatusAsync();
        var run = await RunAsync();

        var window = $"[2026-11-19T10:00:07Z, {Usable:yyyy-MM-ddTHH:mm:ss}Z]";
        Assert.Equal((2, ""), (reset.ExitCode, reset.Out));
        Assert.Equal(
            $"error: option '--from': {from} is outside the PITR window of 'orders' {window} (the latest restorable time minus the 120s safety margin); nothing changed\n",
            reset.Error.ReplaceLineEndings("\n"));
        Assert.Equal(before.Json, after.Json);
        Assert.Equal("Waiting", run.Step);
        Assert.Equal(exportsBefore, ControlPlane.Exports.Count);
    }

    private async Task ArrangeAndCompleteFirstFullAsync()
    {
        await ArrangeAsync();
        await RunAsync();
        AdvancePastExport();
        Assert.StartsWith("recorded full export", (await RunAsync()).Detail, StringComparison.Ordinal);
    }
}
