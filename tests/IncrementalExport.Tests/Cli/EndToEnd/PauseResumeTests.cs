using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>pause stops new exports but still records the one in flight; resume goes on from the watermark.</summary>
public sealed class PauseResumeTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Run_WhenPausedWithAnExportInFlight_ShouldRecordItStartNothingAndGoOnAfterResume()
    {
        await ArrangeAsync();
        var full = await RunAsync();

        var pause = await CliAsync("pause", "--table", Table);
        var pausedAgain = await CliAsync("pause", "--table", Table);
        Time.Advance(TimeSpan.FromMinutes(30));
        var recordedWhilePaused = await CliAsync("run");
        var statusWhilePaused = await StatusAsync();
        Time.Advance(TimeSpan.FromHours(2));
        var stillPaused = await RunAsync();
        var exportsWhilePaused = ControlPlane.Exports.Count;
        var resume = await CliAsync("resume", "--table", Table);
        var resumed = await RunAsync();

        var watermark = full.Window!.To;
        Assert.Equal(0, pause.ExitCode);
        Assert.StartsWith("orders: paused: no new export starts; one in flight is still followed and recorded\n", pause.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^orders\s+Exporting\s+1\s+-\s+-\s+yes\s+full ", pause.Out);
        Assert.Contains("(nothing changed)", pausedAgain.Out, StringComparison.Ordinal);
        Assert.Equal((0, ""), (recordedWhilePaused.ExitCode, recordedWhilePaused.Error));
        Assert.Matches(@"(?m)^orders\s+Paused\s+-\s+-\s+recorded full export at \S+; paused by an operator", recordedWhilePaused.Out);
        Assert.Equal(("Idle", watermark, true, (ExportedWindow?)null), (statusWhilePaused.Phase, statusWhilePaused.Watermark, statusWhilePaused.Paused, statusWhilePaused.InFlight));
        Assert.Equal("Paused", stillPaused.Step);
        Assert.Equal(1, exportsWhilePaused);
        Assert.StartsWith("orders: resumed\n", resume.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(("StartedIncremental", watermark), (resumed.Step, resumed.Window?.From));
        Assert.False(resumed.Status.Paused);
        Assert.Equal(2, ControlPlane.Exports.Count);
        Assert.Single(await HistoryAsync());
    }
}
