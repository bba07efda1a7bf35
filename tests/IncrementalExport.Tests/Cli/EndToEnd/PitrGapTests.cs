using IncrementalExport.Core.Settings;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>PITR turned off (and on again): the chain cannot go on; halt by default, or a new epoch with onPitrGap fullExport.</summary>
public sealed class PitrGapTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Run_WhenPitrWasTurnedOffAndOnAgain_ShouldBlockWithAPitrGapUntilReset()
    {
        await ArrangeAndCompleteFirstFullAsync(DefaultSettings());
        var reEnabledAt = LosePitrHistory();

        var blocked = await RunAsync();
        var status = await StatusAsync();
        var text = await CliAsync("status");
        var stillBlocked = await RunAsync();
        var exportsWhileBlocked = ControlPlane.Exports.Count;
        await CliAsync("reset", "--table", Table);
        var restarted = await RunAsync();

        Assert.Equal("Blocked", blocked.Step);
        Assert.StartsWith("PITR gap: the watermark 2026-11-24T09:53:00Z is older than the earliest restorable time", blocked.Detail, StringComparison.Ordinal);
        Assert.Equal(("Blocked", "PitrGap", 1), (status.Phase, status.BlockReason, status.Epoch));
        Assert.StartsWith("PITR gap", status.LastError, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^orders\s+Blocked\(PitrGap\)\s+1\s+2026-11-24T09:53:00Z\s.*PITR gap", text.Out);
        Assert.Equal("Blocked", stillBlocked.Step);
        Assert.Equal(1, exportsWhileBlocked);
        Assert.Equal(("StartedFull", 2), (restarted.Step, restarted.Status.Epoch));
        Assert.True(restarted.Window!.To >= reEnabledAt, $"the new epoch starts at {restarted.Window.To}, before PITR was re-enabled at {reEnabledAt}");
    }

    [Fact]
    public async Task Run_WhenPitrGapAndOnPitrGapIsFullExport_ShouldStartANewEpochOnceTheNewHistoryIsRestorable()
    {
        await ArrangeAndCompleteFirstFullAsync(DefaultSettings() with { OnPitrGap = PitrGapPolicy.FullExport });
        var reEnabledAt = LosePitrHistory();
        var expected = FloorToMinute(Usable);

        var plan = await CliAsync("plan");
        var started = await RunAsync();
        AdvancePastExport();
        await RunAsync();
        var history = await HistoryAsync();

        Assert.Equal(("StartedFull", 2, new ExportedWindow("Full", expected, expected)), (started.Step, started.Status.Epoch, started.Window));
        Assert.Contains("PITR gap: the watermark 2026-11-24T09:53:00Z is older than the earliest restorable time", plan.Out, StringComparison.Ordinal);
        Assert.Contains("starting a new epoch (onPitrGap = fullExport)", plan.Out, StringComparison.Ordinal);
        Assert.True(expected >= reEnabledAt, $"the new epoch starts at {expected}, before PITR was re-enabled at {reEnabledAt}");
        Assert.Equal([(1, 0), (2, 0)], history.Select(h => (h.Epoch, h.Sequence)));
        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, ControlPlane.Exports);
    }

    [Fact]
    public async Task Run_WhenPitrIsOff_ShouldBlockWithPitrDisabled()
    {
        await ArrangeAndCompleteFirstFullAsync(DefaultSettings());
        ControlPlane.SetPitr(Table, enabled: false);
        Time.Advance(TimeSpan.FromMinutes(30));

        var blocked = await RunAsync();
        var status = await StatusAsync();

        Assert.Equal("Blocked", blocked.Step);
        Assert.True(blocked.Detail.Contains("point-in-time recovery is off for table 'orders'", StringComparison.Ordinal), blocked.Detail);
        Assert.Equal(("Blocked", "PitrDisabled"), (status.Phase, status.BlockReason));
        Assert.Single(ControlPlane.Exports);
    }

    private async Task ArrangeAndCompleteFirstFullAsync(ExportSettings settings)
    {
        await ArrangeAsync(settings);
        await RunAsync();
        AdvancePastExport();
        Assert.StartsWith("recorded full export", (await RunAsync()).Detail, StringComparison.Ordinal);
    }

    /// <summary>PITR off for an hour, then on again, then 20 minutes on: the history before the re-enable time is gone.</summary>
    private DateTimeOffset LosePitrHistory()
    {
        ControlPlane.SetPitr(Table, enabled: false);
        Time.Advance(TimeSpan.FromHours(1));
        ControlPlane.SetPitr(Table, enabled: true);
        var reEnabledAt = Time.GetUtcNow();
        Time.Advance(TimeSpan.FromMinutes(20));
        return reEnabledAt;
    }
}
