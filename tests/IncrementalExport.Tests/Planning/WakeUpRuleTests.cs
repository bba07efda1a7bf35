using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

public class WakeUpRuleTests
{
    private static TableState Idle(DateTimeOffset watermark, DateTimeOffset checkedAt) => ChainedAndSeen(watermark, checkedAt);

    private static TableState Exporting(ExportWindow window, DateTimeOffset requestedAt, TimeSpan? shortest) =>
        Idle(window.From, requestedAt) with
        {
            InFlight = new InFlightExport(window, 0, "t", "p", requestedAt, "arn"),
            ShortestExport = shortest,
        };

    [Fact]
    public void Next_WhenTablesAreDueAtDifferentTimes_ShouldWakeForTheEarliest()
    {
        var tables = new[]
        {
            (Idle(At(10, 0), At(10, 7)) with { Table = "hourly" }, Orders() with { Table = "hourly", WindowMinutes = 60 }), // 11:07
            (Idle(At(10, 0), At(10, 7)), Orders()), // 10:22
            (Exporting(ExportWindow.Incremental(At(9, 45), At(10, 0)), At(10, 7), TimeSpan.FromMinutes(20)) with { Table = "slow" }, Orders() with { Table = "slow" }), // 10:27
        };

        Assert.Equal(At(10, 22), WakeUpRule.Next(tables, SettingsWith(), At(10, 8)));
    }

    [Fact]
    public void Next_WhenAnExportMayEndSoonerThanAnyWindow_ShouldWakeWhenItMayEnd()
    {
        var tables = new[]
        {
            (Idle(At(10, 0), At(10, 7)), Orders()),
            (Exporting(ExportWindow.Incremental(At(9, 45), At(10, 0)), At(10, 7), TimeSpan.FromMinutes(4)) with { Table = "b" }, Orders() with { Table = "b" }),
        };

        Assert.Equal(At(10, 11), WakeUpRule.Next(tables, SettingsWith(), At(10, 8)));
    }

    [Fact]
    public void Next_WhenEveryTableWaitsForAnOperator_ShouldLeaveItToTheSafetyNet()
    {
        var tables = new[]
        {
            (Idle(At(10, 0), At(10, 7)) with { Paused = true }, Orders()),
            (Idle(At(10, 0), At(10, 7)) with { Table = "b", BlockReason = BlockReason.PitrGap }, Orders() with { Table = "b" }),
            (Idle(At(10, 0), At(10, 7)) with { Table = "c", BlockReason = BlockReason.PitrDisabled }, Orders() with { Table = "c" }),
        };

        Assert.Null(WakeUpRule.Next(tables, SettingsWith(), At(10, 8)));
    }

    [Fact]
    public void For_WhenAnExportHasOutlivedItsShortestTime_ShouldPollAMinuteLater()
    {
        var state = Exporting(ExportWindow.Incremental(At(9, 45), At(10, 0)), At(10, 7), TimeSpan.FromMinutes(4));

        Assert.Equal(At(10, 16), WakeUpRule.For(state, Orders(), SettingsWith(), At(10, 15)));
    }

    [Theory]
    [InlineData(2, 1)] // a young export is polled after the minimum
    [InlineData(20, 5)] // a quarter of its age
    [InlineData(180, 15)] // never less often than every 15 minutes
    public void For_WhenAnExportsEndCannotBeEstimated_ShouldPollAtAQuarterOfItsAge(int ageMinutes, int pollMinutes)
    {
        var state = Exporting(ExportWindow.Full(At(8, 0)), At(8, 0), shortest: null);
        var now = At(8, 0).AddMinutes(ageMinutes);

        Assert.Equal(now.AddMinutes(pollMinutes), WakeUpRule.For(state, Orders(), SettingsWith(), now));
    }

    [Fact]
    public void For_WhenTheTableIsDueNow_ShouldNotWakeSoonerThanTheMinimum()
    {
        var state = Idle(At(10, 0), At(10, 7)) with { RetryWindow = ExportWindow.Incremental(At(10, 0), At(10, 15)), ConsecutiveFailures = 1 };

        Assert.Equal(At(10, 8) + WakeUpRule.Soonest, WakeUpRule.For(state, Orders(), SettingsWith(), At(10, 8)));
    }

    [Fact]
    public void For_WhenTheWindowIsDue_ShouldEqualTheNextWorkOfThePlannerRule()
    {
        var state = Idle(At(10, 0), At(10, 7));

        Assert.Equal(NextWork.Of(state, Orders(), SettingsWith(), At(10, 8)).At, WakeUpRule.For(state, Orders(), SettingsWith(), At(10, 8)));
    }
}
