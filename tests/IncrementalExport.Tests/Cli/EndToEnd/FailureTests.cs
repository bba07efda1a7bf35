using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Exports that end FAILED: the watermark stays, the same window is retried, too many in a row block the table.</summary>
public sealed class FailureTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private static readonly ExportedWindow FirstWindow =
        new("Incremental", new(2026, 11, 24, 9, 53, 0, TimeSpan.Zero), new(2026, 11, 24, 10, 15, 0, TimeSpan.Zero));

    [Fact]
    public async Task Run_WhenAnIncrementalExportFails_ShouldKeepTheWatermarkAndRetryTheSameWindowOnALaterRun()
    {
        await ArrangeAsync();
        await StartFirstWindowThatFailsAsync(failures: 1);
        AdvancePastExport();

        var failed = await RunAsync();
        var exportsAfterFailure = ControlPlane.Exports.Count;
        var status = await StatusAsync();
        var text = await CliAsync("status");
        var retried = await RunAsync();
        AdvancePastExport();
        var completed = await RunAsync();
        var history = await HistoryAsync();

        var exports = ControlPlane.Exports;
        Assert.Equal(("Failed", FirstWindow), (failed.Step, failed.Window));
        Assert.Contains("failed (1 in a row): InternalError: The export failed (arranged by the test)", failed.Detail, StringComparison.Ordinal);
        Assert.Equal(2, exportsAfterFailure);
        Assert.Equal(("Idle", FirstWindow.From, 1, (ExportedWindow?)null), (status.Phase, status.Watermark, status.ConsecutiveFailures, status.InFlight));
        Assert.StartsWith("InternalError: ", status.LastError, StringComparison.Ordinal);
        Assert.Contains("(failures in a row: 1)", text.Out, StringComparison.Ordinal);
        Assert.Equal(("StartedIncremental", FirstWindow, exports[2].ExportArn), (retried.Step, retried.Window, retried.ExportArn));
        Assert.Equal([FakeExport.Completed, FakeExport.Failed, FakeExport.Completed, FakeExport.InProgress], exports.Select(e => e.Status));
        Assert.Equal(FirstWindow, ChainAssert.WindowOf(exports[2]));
        Assert.NotEqual(exports[1].Parameters.ClientToken, exports[2].Parameters.ClientToken);
        Assert.Equal((FirstWindow.To, 0), (completed.Status.Watermark, completed.Status.ConsecutiveFailures));

        // The completion leaves 15 restorable minutes, so the same tick starts the next window, from the new watermark.
        Assert.Equal(("StartedIncremental", FirstWindow.To), (completed.Step, completed.Window?.From));
        Assert.Equal(exports[2].ExportArn, history[^1].ExportArn);
        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, exports);
    }

    [Fact]
    public async Task Run_WhenAWindowFailsMaxConsecutiveFailuresTimes_ShouldBlockTheTableUntilResumed()
    {
        await ArrangeAsync(DefaultSettings() with { MaxConsecutiveFailures = 2 });
        await StartFirstWindowThatFailsAsync(failures: 2);
        AdvancePastExport();
        Assert.Equal("Failed", (await RunAsync()).Step);
        Assert.Equal("StartedIncremental", (await RunAsync()).Step);
        AdvancePastExport();

        var blocked = await RunAsync();
        var status = await StatusAsync();
        var text = await CliAsync("status");
        Time.Advance(TimeSpan.FromHours(1));
        var stillBlocked = await RunAsync();
        var exportsWhileBlocked = ControlPlane.Exports.Count;
        var resume = await CliAsync("resume", "--table", Table);
        var restarted = await RunAsync();
        var exportsAfterResume = ControlPlane.Exports;
        AdvancePastExport();
        await RunAsync();
        var history = await HistoryAsync();

        Assert.Equal("Failed", blocked.Step);
        Assert.Contains("failed (2 in a row)", blocked.Detail, StringComparison.Ordinal);
        Assert.Contains("Blocked until an operator resumes it", blocked.Detail, StringComparison.Ordinal);
        Assert.Equal(("Blocked", "ExportFailures", FirstWindow.From, 2), (status.Phase, status.BlockReason, status.Watermark, status.ConsecutiveFailures));
        Assert.Matches(@"(?m)^orders\s+Blocked\(ExportFailures\)\s+1\s+2026-11-24T09:53:00Z\s.*InternalError: .*\(failures in a row: 2\)\s*$", text.Out);
        Assert.Equal("Blocked", stillBlocked.Step);
        Assert.Equal(3, exportsWhileBlocked);
        Assert.Equal(0, resume.ExitCode);
        Assert.StartsWith("orders: resumed\n", resume.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^orders\s+Idle\s+1\s", resume.Out);
        Assert.Equal(("StartedIncremental", FirstWindow), (restarted.Step, restarted.Window));
        Assert.Equal(4, exportsAfterResume.Count);
        Assert.Equal(FirstWindow, ChainAssert.WindowOf(exportsAfterResume[3]));
        Assert.Equal(FirstWindow, history[^1].Window);
        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, ControlPlane.Exports);
    }

    /// <summary>Full export, then (25 minutes on) the first incremental window, whose next <paramref name="failures"/> attempts fail.</summary>
    private async Task StartFirstWindowThatFailsAsync(int failures)
    {
        Assert.Equal("StartedFull", (await RunAsync()).Step);
        Time.Advance(TimeSpan.FromMinutes(25));
        ControlPlane.FailNextExports(failures);
        var started = await RunAsync();
        Assert.Equal(("StartedIncremental", FirstWindow), (started.Step, started.Window));
    }
}
