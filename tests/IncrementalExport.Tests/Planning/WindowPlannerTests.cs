using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

public sealed class WindowPlannerTests
{
    private static PlanDecision Plan(TableState state, ExportSettings settings, PitrWindow pitr, TableSettings? table = null) =>
        WindowPlanner.Plan(state, table ?? Orders(), settings, pitr);

    private static ExportWindow Started(PlanDecision decision) =>
        Assert.IsType<PlanDecision.Start>(decision).Window;

    [Fact]
    public void Plan_WhenTableIsNew_ShouldStartFullExportAtLatestRestorableMinusMarginToTheMinute()
    {
        var pitr = Pitr(At(0, 0, -10), At(10, 7).AddSeconds(42));

        var decision = Assert.IsType<PlanDecision.Start>(Plan(TableState.NewTable("orders"), SettingsWith(), pitr));

        Assert.Equal(ExportWindow.Full(At(10, 5)), decision.Window);
        Assert.True(decision.NewEpoch);
    }

    [Theory]
    [InlineData(10, 27, "next window")]
    [InlineData(10, 32, "catching up")]
    [InlineData(13, 0, "catching up")]
    public void Plan_WhenWindowsAreDue_ShouldSayCatchingUpOnlyWhenTwoWholeWindowsAreRestorable(int hour, int minute, string reason)
    {
        // Latest restorable minus the 2-minute margin: 10:25 (one window and 10 minutes), 10:30 (two windows), 12:58.
        var decision = Assert.IsType<PlanDecision.Start>(Plan(Chained(At(10, 0)), SettingsWith(maxCatchUpMinutes: 15), Pitr(At(0, 0, -1), At(hour, minute))));

        Assert.Equal(reason, decision.Reason);
        Assert.Equal(ExportWindow.Incremental(At(10, 0), At(10, 15)), decision.Window);
    }

    [Fact]
    public void Plan_WhenTableIsNewWithStartTimeInsidePitr_ShouldStartFullExportAtThatTime()
    {
        var window = Started(Plan(TableState.NewTable("orders"), SettingsWith(), Pitr(At(0, 0, -10), At(10, 0)), Orders(At(3, 30))));

        Assert.Equal(ExportWindow.Full(At(3, 30)), window);
    }

    [Fact]
    public void Plan_WhenStartTimeIsBeforeEarliestRestorable_ShouldBlockNamingBothTimes()
    {
        var decision = Plan(TableState.NewTable("orders"), SettingsWith(), Pitr(At(5, 0), At(10, 0)), Orders(At(3, 30)));

        var block = Assert.IsType<PlanDecision.Block>(decision);
        Assert.Equal(BlockReason.StartTimeOutsidePitrWindow, block.Reason);
        Assert.Contains("2026-11-24T03:30:00Z", block.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-24T05:00:00Z", block.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WhenStartTimeIsNotRestorableYet_ShouldWait()
    {
        var decision = Plan(TableState.NewTable("orders"), SettingsWith(), Pitr(At(0, 0), At(10, 0)), Orders(At(12, 0)));

        Assert.IsType<PlanDecision.Wait>(decision);
    }

    [Fact]
    public void Plan_WhenPitrIsOff_ShouldBlockAsPitrDisabled()
    {
        var block = Assert.IsType<PlanDecision.Block>(Plan(Chained(At(9, 0)), SettingsWith(), PitrWindow.Disabled));

        Assert.Equal(BlockReason.PitrDisabled, block.Reason);
    }

    [Fact]
    public void Plan_WhenOneWindowIsRestorable_ShouldStartExactlyOneAlignedWindowFromTheWatermark()
    {
        var window = Started(Plan(Chained(At(9, 0)), SettingsWith(), Pitr(At(0, 0), At(9, 20))));

        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(9, 15)), window);
    }

    [Fact]
    public void Plan_WhenLessThan15MinutesAreRestorable_ShouldWaitAndNotCallItAGap()
    {
        var decision = Plan(Chained(At(9, 0)), SettingsWith(), Pitr(At(0, 0), At(9, 16)));

        var wait = Assert.IsType<PlanDecision.Wait>(decision);
        Assert.DoesNotContain("gap", wait.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plan_WhenWatermarkIsAheadOfLatestRestorable_ShouldWait()
    {
        Assert.IsType<PlanDecision.Wait>(Plan(Chained(At(9, 0)), SettingsWith(), Pitr(At(0, 0), At(8, 0))));
    }

    [Fact]
    public void Plan_WhenWatermarkIsOlderThanEarliestRestorable_ShouldBlockAsPitrGapByDefault()
    {
        var block = Assert.IsType<PlanDecision.Block>(Plan(Chained(At(9, 0)), SettingsWith(), Pitr(At(9, 1), At(12, 0))));

        Assert.Equal(BlockReason.PitrGap, block.Reason);
        Assert.Contains("2026-11-24T09:00:00Z", block.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WhenPitrGapAndPolicyIsFullExport_ShouldStartNewEpoch()
    {
        var decision = Assert.IsType<PlanDecision.Start>(Plan(Chained(At(9, 0)), SettingsWith(gap: PitrGapPolicy.FullExport), Pitr(At(9, 1), At(12, 0))));

        Assert.True(decision.NewEpoch);
        Assert.Equal(ExportWindow.Full(At(11, 58)), decision.Window);
    }

    [Fact]
    public void Plan_WhenAWindowFailed_ShouldRetryTheSameWindowEvenIfMoreIsRestorable()
    {
        var state = Chained(At(9, 0)) with { RetryWindow = ExportWindow.Incremental(At(9, 0), At(9, 15)), NextAttempt = 1 };

        var window = Started(Plan(state, SettingsWith(), Pitr(At(0, 0), At(14, 0))));

        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(9, 15)), window);
    }

    [Fact]
    public void Plan_WhenTheEpochsFullExportFailed_ShouldRetryItAtTheSameExportTime()
    {
        var state = new TableState { Table = "orders", Epoch = 1, EpochStart = At(8, 0), RetryWindow = ExportWindow.Full(At(8, 0)), NextAttempt = 1 };

        var decision = Assert.IsType<PlanDecision.Start>(Plan(state, SettingsWith(), Pitr(At(0, 0), At(14, 0))));

        Assert.Equal(ExportWindow.Full(At(8, 0)), decision.Window);
        Assert.False(decision.NewEpoch);
    }

    [Fact]
    public void Plan_WhenResetIsPending_ShouldStartNewEpochAtTheRequestedTime()
    {
        var state = Chained(At(9, 0)) with { PendingReset = new RequestedReset(At(4, 0), At(10, 0)) };

        var decision = Assert.IsType<PlanDecision.Start>(Plan(state, SettingsWith(), Pitr(At(0, 0), At(14, 0))));

        Assert.Equal(ExportWindow.Full(At(4, 0)), decision.Window);
        Assert.True(decision.NewEpoch);
    }

    [Fact]
    public void Plan_WhenPitrWasJustEnabled_ShouldWaitForRestorableTime()
    {
        var decision = Plan(TableState.NewTable("orders"), SettingsWith(), Pitr(At(10, 0), At(10, 1)));

        Assert.IsType<PlanDecision.Wait>(decision);
    }
}
