using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

/// <summary>The follow decision, table-driven: each answer of AWS × paused or not × failures before → the decision.</summary>
public sealed class FollowPlannerTests
{
    private const int MaxFailures = 3;
    private const string Arn = "arn:aws:dynamodb:us-east-1:123456789012:table/orders/export/01";
    private const string OtherArn = "arn:aws:dynamodb:us-east-1:123456789012:table/orders/export/02";

    private static readonly ExportWindow Window = ExportWindow.Incremental(At(10, 0), At(10, 15));
    private static readonly DateTimeOffset Now = At(10, 40);

    /// <summary>What each answer leads to, whatever the pause and the failures before (which only decide whether a failure blocks).</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["in progress"] = nameof(FollowDecision.InProgress),
        ["completed"] = nameof(FollowDecision.Complete),
        ["failed"] = nameof(FollowDecision.Fail),
        ["not found, token finds nothing"] = nameof(FollowDecision.Fail),
        ["not found, token finds the same export"] = nameof(FollowDecision.Adopt),
        ["not found, token finds another export"] = nameof(FollowDecision.Adopt),
    };

    public static TheoryData<string, bool, int> Cases()
    {
        var data = new TheoryData<string, bool, int>();
        foreach (var answer in Expected.Keys)
        {
            foreach (var paused in new[] { false, true })
            {
                foreach (var failuresBefore in new[] { 0, MaxFailures - 1 })
                {
                    data.Add(answer, paused, failuresBefore);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_ForEachAnswerPauseAndFailuresBefore_ShouldGiveTheExpectedDecision(string answer, bool paused, int failuresBefore)
    {
        var state = InFlight(paused, failuresBefore);

        var decision = FollowPlanner.Decide(state, Answer(answer), Orders(), SettingsWith() with { MaxConsecutiveFailures = MaxFailures }, Now);

        Assert.Equal(Expected[answer], decision.GetType().Name);
        switch (decision)
        {
            case FollowDecision.InProgress progress:
                Assert.Equal((Window, Arn), (progress.Window, progress.ExportArn));
                break;
            case FollowDecision.Complete complete:
                Assert.Equal((Window, Arn, 3), (complete.Entry.Window, complete.Entry.ExportArn, complete.Entry.Sequence));
                Assert.Equal((Window.To, (InFlightExport?)null, 0, paused), (complete.Next.Watermark, complete.Next.InFlight, complete.Next.ConsecutiveFailures, complete.Next.Paused));
                Assert.Equal(state.Version + 1, complete.Next.Version);
                break;
            case FollowDecision.Fail fail:
                Assert.Equal(answer != "failed", fail.Lost);
                Assert.Equal((Window, Arn, failuresBefore + 1, Window), (fail.Window, fail.ExportArn, fail.Next.ConsecutiveFailures, fail.Next.RetryWindow));
                Assert.Equal(failuresBefore + 1 == MaxFailures, fail.Blocks);
                Assert.Equal(fail.Blocks ? BlockReason.ExportFailures : BlockReason.None, fail.Next.BlockReason);
                Assert.Equal((fail.Error, (InFlightExport?)null, paused), (fail.Next.LastError, fail.Next.InFlight, fail.Next.Paused));
                Assert.StartsWith(fail.Lost ? "ExportNotFoundException: AWS does not know the export in flight" : "InternalError: disk full", fail.Error, StringComparison.Ordinal);
                break;
            case FollowDecision.Adopt adopt:
                var other = answer.EndsWith("another export", StringComparison.Ordinal);
                Assert.Equal((Arn, other ? OtherArn : Arn), (adopt.LostArn, adopt.ExportArn));
                Assert.Equal(other ? OtherArn : null, adopt.Next?.InFlight?.ExportArn);
                break;
        }
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, FollowPlanner.RecordedBeforePause)]
    public void ForIntent_WhenTheStartWasRecordedButNotAccepted_ShouldReissueItEvenWhenPaused(bool paused, string? note)
    {
        var state = InFlight(paused, 0) with { InFlight = InFlight(paused, 0).InFlight! with { ExportArn = null } };

        var decision = FollowPlanner.ForIntent(state);

        Assert.Equal((state.InFlight, note), (decision.Intent, decision.Note));
    }

    [Theory]
    [InlineData(BlockReason.None, false, false, null)]
    [InlineData(BlockReason.None, true, false, "Paused")]
    [InlineData(BlockReason.PitrGap, false, false, "Held")]
    [InlineData(BlockReason.ExportFailures, false, false, "Held")]
    [InlineData(BlockReason.StartTimeOutsidePitrWindow, false, false, "Held")]
    [InlineData(BlockReason.ExportFailures, true, false, "Paused")]
    [InlineData(BlockReason.PitrGap, false, true, null)]
    [InlineData(BlockReason.PitrDisabled, false, false, null)]
    [InlineData(BlockReason.TableNotFound, false, false, null)]
    public void Hold_ForEachPauseAndBlock_ShouldHoldOnlyWhatOnlyAnOperatorClears(BlockReason block, bool paused, bool resetPending, string? held)
    {
        var state = Chained(At(9, 0)) with { BlockReason = block, Paused = paused, LastError = "why", PendingReset = resetPending ? new RequestedReset(null, At(9, 0)) : null };

        var decision = WindowPlanner.Hold(state);

        Assert.Equal(held, decision?.GetType().Name);
        if (decision is PlanDecision.Held h)
        {
            Assert.Equal((block, "why"), (h.Reason, h.LastError));
        }
    }

    private static TableState InFlight(bool paused, int failuresBefore) => Chained(Window.From) with
    {
        Phase = TablePhase.Exporting,
        Paused = paused,
        ConsecutiveFailures = failuresBefore,
        InFlight = new InFlightExport(Window, failuresBefore, "token-1", "ddb/orders/epoch=1", At(10, 20), Arn),
    };

    private static FollowAnswer Answer(string answer) => answer switch
    {
        "in progress" => new FollowAnswer.Described(new ExportDescription(Arn, ExportStatus.InProgress)),
        "completed" => new FollowAnswer.Described(new ExportDescription(Arn, ExportStatus.Completed, StartTime: At(10, 20), EndTime: At(10, 30))),
        "failed" => new FollowAnswer.Described(new ExportDescription(Arn, ExportStatus.Failed, "InternalError", "disk full")),
        "not found, token finds nothing" => new FollowAnswer.Lost(Arn, "ExportNotFoundException", null),
        "not found, token finds the same export" => new FollowAnswer.Lost(Arn, "ExportNotFoundException", new ExportDescription(Arn, ExportStatus.InProgress)),
        _ => new FollowAnswer.Lost(Arn, "ExportNotFoundException", new ExportDescription(OtherArn, ExportStatus.InProgress)),
    };
}
