using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

public class NextWorkTests
{
    private static readonly TimeSpan Lag = TimeSpan.FromMinutes(5);

    private static TableState Idle(DateTimeOffset watermark, DateTimeOffset checkedAt) =>
        Chained(watermark) with { PitrSeen = new PitrSeen(checkedAt, Lag, watermark.AddDays(-1)) };

    [Fact]
    public void Of_WhenTheChainIsUpToDate_ShouldBeDueWhenTheNextWindowEndPlusMarginAndLagIsReached()
    {
        var next = NextWork.Of(Idle(At(10, 0), At(10, 7)), Orders(), SettingsWith(), At(10, 8));

        Assert.Equal((At(10, 22), NextWorkKind.WindowDue), (next.At, next.Kind));
    }

    [Fact]
    public void Of_WhenTheTableHasItsOwnHourlyWindow_ShouldWaitForTheHour()
    {
        var next = NextWork.Of(Idle(At(10, 0), At(10, 7)), Orders() with { WindowMinutes = 60 }, SettingsWith(), At(10, 8));

        Assert.Equal(At(11, 7), next.At);
    }

    [Fact]
    public void Of_WhenTheWatermarkIsOffTheGrid_ShouldWaitForTheFirstGridPointFifteenMinutesOn()
    {
        var next = NextWork.Of(Idle(At(10, 7), At(10, 8)), Orders(), SettingsWith(), At(10, 9));

        Assert.Equal(At(10, 37), next.At);
    }

    [Fact]
    public void Of_WhenWindowsAreNotAligned_ShouldBeDueFifteenMinutesAfterTheWatermark()
    {
        var next = NextWork.Of(Idle(At(10, 7), At(10, 8)), Orders(), SettingsWith(windowMinutes: 60, align: false), At(10, 9));

        Assert.Equal(At(10, 29), next.At);
    }

    [Fact]
    public void Of_WhenThePitrWindowWasSeenLongAgo_ShouldLookAgainAfterTheMaximumAge()
    {
        var next = NextWork.Of(Idle(At(10, 0), At(10, 7)), Orders() with { WindowMinutes = 1440 }, SettingsWith(), At(10, 8));

        Assert.Equal(At(10, 7) + PitrEstimate.MaxAge, next.At);
    }

    [Fact]
    public void Of_WhenTheLagSeenWasImplausiblyLarge_ShouldAskAwsNowRatherThanWaitForIt()
    {
        var odd = Idle(At(10, 0), At(10, 7)) with { PitrSeen = new PitrSeen(At(10, 7), TimeSpan.FromHours(5), At(9, 0)) };

        var next = NextWork.Of(odd, Orders(), SettingsWith(), At(10, 8));

        Assert.Equal((At(10, 8), NextWorkKind.Now), (next.At, next.Kind));
        Assert.Null(PitrEstimate.For(odd, At(10, 8)));
    }

    [Fact]
    public void Of_WhenAnIncrementalExportIsInFlight_ShouldWaitForTheShortestExportSeen()
    {
        var state = Idle(At(10, 0), At(10, 22)) with
        {
            InFlight = new InFlightExport(ExportWindow.Incremental(At(10, 0), At(10, 15)), 0, "t", "p", At(10, 22), "arn"),
            ShortestExport = TimeSpan.FromMinutes(4),
        };

        var next = NextWork.Of(state, Orders(), SettingsWith(), At(10, 23));

        Assert.Equal((At(10, 26), NextWorkKind.ExportMayEnd), (next.At, next.Kind));
    }

    public static TheoryData<string, TableState> DueNow => new()
    {
        { "an intent without its ARN", Idle(At(10, 0), At(10, 7)) with { InFlight = new InFlightExport(ExportWindow.Incremental(At(10, 0), At(10, 15)), 0, "t", "p", At(10, 7)) } },
        { "a full export in flight", Idle(At(10, 0), At(10, 7)) with { InFlight = new InFlightExport(ExportWindow.Full(At(10, 0)), 0, "t", "p", At(10, 7), "arn"), ShortestExport = TimeSpan.FromHours(1) } },
        { "no export time seen yet", Idle(At(10, 0), At(10, 7)) with { InFlight = new InFlightExport(ExportWindow.Incremental(At(10, 0), At(10, 15)), 0, "t", "p", At(10, 7), "arn") } },
        { "no PITR window seen", Chained(At(10, 0)) },
        { "a new table", TableState.NewTable("orders") },
        { "a window to retry", Idle(At(10, 0), At(10, 7)) with { RetryWindow = ExportWindow.Incremental(At(10, 0), At(10, 15)), ConsecutiveFailures = 1 } },
        { "a reset to apply", Idle(At(10, 0), At(10, 7)) with { PendingReset = new RequestedReset(null, At(10, 7)) } },
        { "PITR off (re-checked every tick)", Idle(At(10, 0), At(10, 7)) with { BlockReason = BlockReason.PitrDisabled } },
        { "a clock that went back", Idle(At(10, 0), At(10, 9)) },
    };

    [Theory]
    [MemberData(nameof(DueNow))]
    public void Of_WhenTheTableMayHaveWorkAnyTime_ShouldBeDueNow(string why, TableState state)
    {
        var next = NextWork.Of(state, Orders(), SettingsWith(), At(10, 8));

        Assert.True(next.At <= At(10, 8), $"{why}: due at {next.At}");
    }

    [Theory]
    [InlineData(BlockReason.PitrGap, false)]
    [InlineData(BlockReason.ExportFailures, false)]
    [InlineData(BlockReason.None, true)]
    public void Of_WhenOnlyAnOperatorCanGiveItWork_ShouldNeverBeDueByItself(BlockReason reason, bool paused)
    {
        var next = NextWork.Of(Idle(At(10, 0), At(10, 7)) with { BlockReason = reason, Paused = paused }, Orders(), SettingsWith(), At(10, 8));

        Assert.Equal((DateTimeOffset.MaxValue, NextWorkKind.Operator), (next.At, next.Kind));
    }

    [Fact]
    public void Earliest_ShouldBeTheSoonestOfTheTablesAndNowForATableWithoutState()
    {
        var settings = SettingsWith() with { Tables = [Orders(), Orders() with { Table = "hourly", WindowMinutes = 60 }, Orders() with { Table = "paused" }] };
        var states = new Dictionary<string, TableState>(StringComparer.Ordinal)
        {
            ["orders"] = Idle(At(10, 0), At(10, 7)),
            ["hourly"] = Idle(At(10, 0), At(10, 7)) with { Table = "hourly" },
            ["paused"] = Idle(At(9, 0), At(9, 7)) with { Table = "paused", Paused = true },
        };

        Assert.Equal(At(10, 22), NextWork.Earliest(states, settings, At(10, 8)));
        Assert.Equal(At(10, 8), NextWork.Earliest(new Dictionary<string, TableState>(StringComparer.Ordinal), settings, At(10, 8)));
        Assert.Equal(DateTimeOffset.MaxValue, NextWork.Earliest(states, settings with { Tables = [settings.Tables[2]] }, At(10, 8)));
    }
}
