using IncrementalExport.Core.Model;
using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.Tests.Simulation;

/// <summary>The progress half of what the property and the campaign check: a stalled table is found, a resting one is not.</summary>
public sealed class ProgressCheckerTests
{
    private static readonly DateTimeOffset Latest = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    [Fact]
    public void Check_WhenTheWatermarkIsWithinAWindowOfTheLatestRestorableTime_ShouldFindNothing()
    {
        Assert.Empty(Check(Idle(Latest.AddMinutes(-31))));
    }

    [Fact]
    public void Check_WhenTheWatermarkIsFurtherBehind_ShouldReportAStall()
    {
        var violation = Assert.Single(Check(Idle(Latest.AddHours(-3))));

        Assert.Contains("t0: stalled: watermark 2026-11-24T09:00:00Z is 03:00:00 behind", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenNoExportEverCompleted_ShouldReportIt()
    {
        Assert.Contains("no export completed", Assert.Single(Check(TableState.NewTable("t0"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenTheTableIsPausedOrBlockedWithAReason_ShouldNotAskForProgress()
    {
        Assert.Empty(Check(Idle(Latest.AddDays(-2)) with { Paused = true }));
        Assert.Empty(Check(Idle(Latest.AddDays(-2)) with { BlockReason = BlockReason.PitrGap, LastError = "PITR gap: reset the table" }));
    }

    [Fact]
    public void Check_WhenATableIsBlockedWithoutAReason_ShouldReportIt()
    {
        var violation = Assert.Single(Check(Idle(Latest) with { BlockReason = BlockReason.ExportFailures, LastError = null }));

        Assert.Contains("without a reason an operator can act on", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenAnExportIsStillInFlight_ShouldReportIt()
    {
        var state = Idle(Latest) with { InFlight = new InFlightExport(ExportWindow.Incremental(Latest, Latest.AddMinutes(15)), 0, "t", "p", Latest) };

        Assert.Contains("in flight after settling", Assert.Single(Check(state)), StringComparison.Ordinal);
    }

    private static TableState Idle(DateTimeOffset watermark) => new() { Table = "t0", Epoch = 1, Watermark = watermark, Phase = TablePhase.Idle };

    private static IReadOnlyList<string> Check(TableState state) =>
        ProgressChecker.Check(
            new Dictionary<string, TableState?> { ["t0"] = state },
            new Dictionary<string, DateTimeOffset?> { ["t0"] = Latest },
            Window,
            Margin);
}
