using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

public class AdaptiveWindowTests
{
    private const long Minimum = ExportRules.MinimumBilledBytes;

    private static readonly TableSettings Adaptive = Orders() with { AdaptiveWindows = true, FreshnessLimitMinutes = 240 };

    private static CompletedExport Billed(long bytes, ExportKind kind = ExportKind.Incremental) => new()
    {
        Table = "orders", Epoch = 1, Sequence = 4, ExportArn = "arn", S3Bucket = "b", S3Prefix = "p", RecordedAt = At(11, 0),
        Window = kind == ExportKind.Full ? ExportWindow.Full(At(10, 0)) : ExportWindow.Incremental(At(10, 0), At(10, 15)),
        BilledSizeBytes = bytes,
    };

    [Theory]
    [InlineData(15, 0, 30)]                     // nothing changed: billed at the minimum, double
    [InlineData(60, Minimum, 120)]              // exactly the minimum: double
    [InlineData(120, Minimum, 240)]             // up to the freshness limit
    [InlineData(240, Minimum, 240)]             // never beyond it
    [InlineData(120, Minimum + 1, 120)]         // above the minimum, below twice: keep
    [InlineData(120, 2 * Minimum, 60)]          // twice the minimum: half still bills at least the minimum, halve
    [InlineData(30, 50 * Minimum, 15)]          // never below the table's window
    public void After_WhenAnIncrementalExportIsBilled_ShouldLengthenOrShortenTheWindow(int current, long billed, int expected)
    {
        Assert.Equal(expected, AdaptiveWindow.After(current, Billed(billed), Adaptive, SettingsWith()));
    }

    [Fact]
    public void After_WhenTheExportIsAFullExport_ShouldKeepTheWindow()
    {
        Assert.Equal(30, AdaptiveWindow.After(30, Billed(0, ExportKind.Full), Adaptive, SettingsWith()));
    }

    [Fact]
    public void After_WhenTheTableIsNotAdaptive_ShouldKeepTheWindow()
    {
        Assert.Equal(15, AdaptiveWindow.After(15, Billed(0), Orders(), SettingsWith()));
    }

    [Fact]
    public void Longer_WhenDoublingLeavesTheGrid_ShouldTakeTheNextLengthThatDividesADay()
    {
        var table = Orders() with { WindowMinutes = 45, AdaptiveWindows = true, FreshnessLimitMinutes = 1440 };

        Assert.Equal((90, 180, 360, 720, 1440), (
            AdaptiveWindow.Longer(45, table, SettingsWith()),
            AdaptiveWindow.Longer(90, table, SettingsWith()),
            AdaptiveWindow.Longer(180, table, SettingsWith()),
            AdaptiveWindow.Longer(360, table, SettingsWith()),
            AdaptiveWindow.Longer(720, table, SettingsWith())));
    }

    [Fact]
    public void ForPlanner_WhenTheStoredLengthIsNoLongerAllowed_ShouldFallBackToTheTablesWindow()
    {
        var state = Chained(At(10, 0)) with { AdaptiveWindowMinutes = 480 };

        Assert.Equal(15, TableWindows.ForPlanner(state, Adaptive, SettingsWith()).WindowMinutes);
        Assert.Equal(120, TableWindows.ForPlanner(state with { AdaptiveWindowMinutes = 120 }, Adaptive, SettingsWith()).WindowMinutes);
    }

    [Fact]
    public void ForPlanner_WhenTheTableHasItsOwnWindow_ShouldPlanWithItAndCatchUpNoShorter()
    {
        var settings = SettingsWith(maxCatchUpMinutes: 60);
        var planner = TableWindows.ForPlanner(Chained(At(10, 0)), Orders() with { WindowMinutes = 120 }, settings);

        Assert.Equal((120, 120), (planner.WindowMinutes, planner.MaxCatchUpMinutes));
        Assert.Same(settings, TableWindows.ForPlanner(Chained(At(10, 0)), Orders(), settings));
    }

    private static Gen<(int Base, int Limit, bool Align, int Current, long Billed)> AdaptiveCases =>
        from baseMinutes in Gen.Elements(15, 20, 30, 45, 60)
        from limit in Gen.Elements(60, 90, 120, 360, 720, 1440)
        from align in Gen.Elements(true, false)
        from current in Gen.Elements(Enumerable.Range(baseMinutes, limit - baseMinutes + 1).Where(m => !align || 1440 % m == 0).ToArray())
        from billed in Gen.Choose(0, 40).Select(k => k * Minimum / 8)
        select (baseMinutes, limit, align, current, billed);

    [Property(MaxTest = 2000)]
    public Property After_ShouldGiveAnAllowedLengthThatGrowsOnlyAtTheMinimumAndShrinksOnlyAtTwiceIt() =>
        Prop.ForAll(AdaptiveCases.ToArbitrary(), c =>
        {
            var table = Orders() with { WindowMinutes = c.Base, AdaptiveWindows = true, FreshnessLimitMinutes = c.Limit };
            var settings = SettingsWith(align: c.Align);
            var next = AdaptiveWindow.After(c.Current, Billed(c.Billed), table, settings);
            return TableWindows.Allowed(next, table, settings)
                && (c.Billed <= Minimum || next <= c.Current)
                && (c.Billed >= 2 * Minimum || next >= c.Current)
                && (c.Billed > Minimum || next > c.Current || c.Current == c.Limit);
        });
}
