using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

/// <summary>The shape of the windows the planner starts: catch-up size, alignment to the grid, bridges.</summary>
public sealed class WindowShapeTests
{
    private static PlanDecision Plan(TableState state, ExportSettings settings, PitrWindow pitr, TableSettings? table = null) =>
        WindowPlanner.Plan(state, table ?? Orders(), settings, pitr);

    private static ExportWindow Started(PlanDecision decision) =>
        Assert.IsType<PlanDecision.Start>(decision).Window;

    [Fact]
    public void Plan_WhenBehind_ShouldCatchUpWithOneLargeAlignedWindow()
    {
        var window = Started(Plan(Chained(At(9, 0)), SettingsWith(), Pitr(At(0, 0), At(17, 44))));

        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(17, 30)), window);
    }

    [Fact]
    public void Plan_WhenDaysBehind_ShouldCapTheWindowAt24Hours()
    {
        var window = Started(Plan(Chained(At(9, 0)), SettingsWith(), Pitr(At(0, 0, -5), At(12, 0, 3))));

        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(9, 0, 1)), window);
    }

    [Fact]
    public void Plan_WhenCatchUpIsLimited_ShouldUseTheConfiguredLargestWindow()
    {
        var window = Started(Plan(Chained(At(9, 0)), SettingsWith(maxCatchUpMinutes: 120), Pitr(At(0, 0), At(18, 0))));

        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(11, 0)), window);
    }

    [Fact]
    public void Plan_WhenAlignmentIsOff_ShouldEndAtLatestRestorableMinusMargin()
    {
        var window = Started(Plan(Chained(At(9, 0)), SettingsWith(align: false), Pitr(At(0, 0), At(9, 17))));

        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(9, 15)), window);
        var behind = Started(Plan(Chained(At(9, 0)), SettingsWith(align: false), Pitr(At(0, 0), At(9, 40))));
        Assert.Equal(ExportWindow.Incremental(At(9, 0), At(9, 38)), behind);
    }

    [Fact]
    public void Plan_WhenWatermarkIsOffTheGrid_ShouldEndTheWindowOnTheGrid()
    {
        var window = Started(Plan(Chained(At(9, 7)), SettingsWith(windowMinutes: 60), Pitr(At(0, 0), At(10, 5))));

        Assert.Equal(ExportWindow.Incremental(At(9, 7), At(10, 0)), window);
    }

    [Fact]
    public void Plan_WhenTheNextGridPointIsCloserThan15Minutes_ShouldStretchToTheFollowingOne()
    {
        var window = Started(Plan(Chained(At(9, 7)), SettingsWith(maxCatchUpMinutes: 15), Pitr(At(0, 0), At(9, 40))));

        Assert.Equal(ExportWindow.Incremental(At(9, 7), At(9, 30)), window);
    }

    [Fact]
    public void Plan_WhenDailyGridIsOutOfReach_ShouldBridgeWith15MinutesAndThenRealign()
    {
        var settings = SettingsWith(windowMinutes: 1440);
        var pitr = Pitr(At(0, 0, -3), At(6, 0, 2));

        var bridge = Started(Plan(Chained(At(23, 50)), settings, pitr));
        var next = Started(Plan(Chained(bridge.To), settings, pitr));

        Assert.Equal(ExportWindow.Incremental(At(23, 50), At(0, 5, 1)), bridge);
        Assert.Equal(ExportWindow.Incremental(At(0, 5, 1), At(0, 0, 2)), next);
    }
}
