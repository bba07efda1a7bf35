using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

public class PitrEstimateTests
{
    private static readonly TableState Seen =
        Chained(At(10, 0)) with { PitrSeen = new PitrSeen(At(10, 7), TimeSpan.FromMinutes(5), At(0, 0, dayOffset: -3)) };

    [Fact]
    public void Plan_WhenTheNextWindowIsDueByTheLagSeen_ShouldStartItWithoutEndingPastTheExpectedUsableTime()
    {
        var guess = PitrEstimate.Plan(Seen, Orders(), SettingsWith(), At(10, 25));

        var start = Assert.IsType<PlanDecision.Start>(guess!.Decision);
        Assert.Equal(ExportWindow.Incremental(At(10, 0), At(10, 15)), start.Window);
        Assert.Equal(At(10, 20), guess.Pitr.Latest);
    }

    [Fact]
    public void Plan_WhenTheNextWindowIsNotDueYet_ShouldWait()
    {
        Assert.IsType<PlanDecision.Wait>(PitrEstimate.Plan(Seen, Orders(), SettingsWith(), At(10, 21))!.Decision);
    }

    public static TheoryData<string, TableState, int> NotFromTheView => new()
    {
        { "no view", Seen with { PitrSeen = null }, 40 },
        { "paused", Seen with { Paused = true }, 40 },
        { "a failure to retry", Seen with { ConsecutiveFailures = 1, RetryWindow = ExportWindow.Incremental(At(10, 0), At(10, 15)) }, 40 },
        { "a reset", Seen with { PendingReset = new RequestedReset(null, At(10, 8)) }, 40 },
        { "a block", Seen with { BlockReason = BlockReason.PitrDisabled }, 40 },
        { "no full export yet", Seen with { Watermark = null }, 40 },
        { "a view older than the maximum age", Seen, 7 + (int)PitrEstimate.MaxAge.TotalMinutes + 1 },
        { "a clock that went back", Seen, 6 },
        { "a watermark older than the earliest restorable time (a gap only AWS may confirm)", Seen with { Watermark = At(0, 0, dayOffset: -4) }, 40 },
    };

    [Theory]
    [MemberData(nameof(NotFromTheView))]
    public void Plan_WhenOnlyAwsMayDecide_ShouldGiveNothing(string why, TableState state, int minutesAfterTen)
    {
        Assert.True(PitrEstimate.Plan(state, Orders(), SettingsWith(), At(10, 0).AddMinutes(minutesAfterTen)) is null, why);
    }

    [Fact]
    public void Withdrawn_ShouldDropTheIntentWithANewAttemptForgetTheViewAndCountNoFailure()
    {
        var intent = Seen with
        {
            InFlight = new InFlightExport(ExportWindow.Incremental(At(10, 0), At(10, 15)), 2, "token", "prefix", At(10, 22)),
            ConsecutiveFailures = 0,
            LastError = "earlier",
        };

        var withdrawn = PitrEstimate.Withdrawn(intent, At(10, 22));

        Assert.Equal(
            ((InFlightExport?)null, 3, (PitrSeen?)null, 0, "earlier", intent.Version + 1, TablePhase.Idle),
            (withdrawn.InFlight, withdrawn.NextAttempt, withdrawn.PitrSeen, withdrawn.ConsecutiveFailures, withdrawn.LastError, withdrawn.Version, withdrawn.Phase));
    }

    [Fact]
    public void AfterCompletion_ShouldKeepTheShortestIncrementalExportAndIgnoreFullOnes()
    {
        CompletedExport Took(int minutes, ExportWindow window) => new()
        {
            Table = "orders", Epoch = 1, Sequence = 1, Window = window, ExportArn = "a", S3Bucket = "b", S3Prefix = "p",
            RecordedAt = At(11, 0), StartedAt = At(10, 20), EndedAt = At(10, 20).AddMinutes(minutes).AddTicks(1234),
        };
        var incremental = ExportWindow.Incremental(At(10, 0), At(10, 15));

        var first = ExportPace.AfterCompletion(Seen, Took(7, incremental), Orders(), SettingsWith());
        var faster = ExportPace.AfterCompletion(first, Took(4, incremental), Orders(), SettingsWith());
        var slower = ExportPace.AfterCompletion(faster, Took(9, incremental), Orders(), SettingsWith());
        var full = ExportPace.AfterCompletion(Seen, Took(1, ExportWindow.Full(At(10, 0))), Orders(), SettingsWith());

        Assert.Equal((TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4), (TimeSpan?)null), (first.ShortestExport, faster.ShortestExport, slower.ShortestExport, full.ShortestExport));
    }
}
