using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using Microsoft.Extensions.Time.Testing;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Planning;

public sealed class StateTransitionsTests
{
    private static ExportTarget Target(string bucket) => new(bucket, null, null, ExportFormat.DynamoDbJson, ExportViewType.NewAndOldImages);

    private readonly FakeTimeProvider _clock = new(At(10, 0));

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void Intend_WhenANewEpochStarts_ShouldNumberItAndStartTheChainAtTheFullExportTime()
    {
        var state = Chained(At(9, 0)) with { PendingReset = new RequestedReset(null, At(9, 30)), ConsecutiveFailures = 2, NextAttempt = 2 };

        var next = StateTransitions.Intend(state, ExportWindow.Full(At(9, 50)), newEpoch: true, "p", "token", Now);

        Assert.Equal((2, At(9, 50), (DateTimeOffset?)null, 0), (next.Epoch, next.EpochStart!.Value, next.Watermark, next.CompletedInEpoch));
        Assert.Equal((TablePhase.Starting, 0, (RequestedReset?)null), (next.Phase, next.InFlight!.Attempt, next.PendingReset));
        Assert.Equal(state.Version + 1, next.Version);
    }

    [Fact]
    public void Completed_ShouldMoveTheWatermarkToTheWindowEndAndGiveTheEntryTheNextSequence()
    {
        var started = StateTransitions.Started(
            StateTransitions.Intend(Chained(At(9, 0)), ExportWindow.Incremental(At(9, 0), At(9, 15)), false, "ddb/t/epoch=1/incremental/a_b", "tok", Now),
            "arn:aws:dynamodb:us-east-1:1:table/t/export/0001-ab",
            Now);

        var (state, entry) = StateTransitions.Completed(started, new ExportDescription(started.InFlight!.ExportArn!, ExportStatus.Completed, ItemCount: 5), Target("bucket"), Now);

        Assert.Equal((At(9, 15), 4, TablePhase.Idle), (state.Watermark!.Value, state.CompletedInEpoch, state.Phase));
        Assert.Null(state.InFlight);
        Assert.Equal((3, "ddb/t/epoch=1/incremental/a_b/AWSDynamoDB/0001-ab/", 5L), (entry.Sequence, entry.S3Prefix, entry.ItemCount));
    }

    [Fact]
    public void Completed_WhenTheSettingsChangedSinceTheIntent_ShouldRecordWhereTheExportWasWritten()
    {
        var intended = new ExportTarget("bucket-one", "111122223333", null, ExportFormat.Ion, ExportViewType.NewImage);
        var started = StateTransitions.Started(
            StateTransitions.Intend(Chained(At(9, 0)), ExportWindow.Incremental(At(9, 0), At(9, 15)), false, "p", "tok", Now, target: intended),
            "arn:aws:dynamodb:us-east-1:1:table/t/export/0001-ab",
            Now);

        var (_, entry) = StateTransitions.Completed(started, new ExportDescription(started.InFlight!.ExportArn!, ExportStatus.Completed), Target("bucket-two"), Now);

        Assert.Equal(
            ("bucket-one", "111122223333", ExportFormat.Ion, (ExportViewType?)ExportViewType.NewImage),
            (entry.S3Bucket, entry.S3BucketOwner, entry.ExportFormat, entry.ViewType));
    }

    [Fact]
    public void Completed_WhenAwsDescribesTheTarget_ShouldRecordWhatAwsSays()
    {
        var started = StateTransitions.Started(
            StateTransitions.Intend(Chained(At(9, 0)), ExportWindow.Full(At(9, 0)), false, "p", "tok", Now, target: Target("bucket-one")),
            "arn:aws:dynamodb:us-east-1:1:table/t/export/0001-ab",
            Now);
        var described = new ExportDescription(started.InFlight!.ExportArn!, ExportStatus.Completed) { S3Bucket = "bucket-aws", Format = ExportFormat.Ion };

        var (_, entry) = StateTransitions.Completed(started, described, Target("bucket-two"), Now);

        Assert.Equal(("bucket-aws", ExportFormat.Ion, (ExportViewType?)null), (entry.S3Bucket, entry.ExportFormat, entry.ViewType));
    }

    [Fact]
    public void Failed_ShouldKeepTheWatermarkRetryTheSameWindowWithANewAttemptAndBlockAtTheLimit()
    {
        var window = ExportWindow.Incremental(At(9, 0), At(9, 15));
        var state = Chained(At(9, 0));
        for (var i = 1; i <= 3; i++)
        {
            state = StateTransitions.Failed(StateTransitions.Intend(state, window, false, "p", "t", Now), "S3NoSuchBucket: gone", 3, true, Now);
            Assert.Equal((At(9, 0), window, i, i), (state.Watermark!.Value, state.RetryWindow!, state.NextAttempt, state.ConsecutiveFailures));
        }

        Assert.Equal((TablePhase.Blocked, BlockReason.ExportFailures), (state.Phase, state.BlockReason));
    }

    [Fact]
    public void Failed_WhenAwsCalledTheTimeInvalid_ShouldReplanTheWindow()
    {
        var state = StateTransitions.Intend(Chained(At(9, 0)), ExportWindow.Incremental(At(9, 0), At(9, 15)), false, "p", "t", Now);

        Assert.Null(StateTransitions.Failed(state, "InvalidExportTimeException: x", 3, retrySameWindow: false, Now).RetryWindow);
    }

    [Fact]
    public void PauseResumeReset_ShouldChangeOnlyWhatTheOperatorAskedFor()
    {
        var blocked = StateTransitions.Block(Chained(At(9, 0)), BlockReason.PitrGap, "gap", Now);

        var paused = OperatorActions.Pause(blocked, Now)!;
        var resumed = OperatorActions.Resume(paused, Now)!;
        var reset = OperatorActions.Reset(paused, At(3, 0), Now);

        Assert.Null(OperatorActions.Pause(paused, Now));
        Assert.Null(OperatorActions.Resume(Chained(At(9, 0)), Now));
        Assert.Equal((false, TablePhase.Idle, At(9, 0)), (resumed.Paused, resumed.Phase, resumed.Watermark!.Value));
        Assert.Equal((false, BlockReason.None, At(3, 0)), (reset.Paused, reset.BlockReason, reset.PendingReset!.From!.Value));
    }

    [Fact]
    public void ClientToken_ShouldDependOnTableEpochWindowAndAttemptOnly()
    {
        var window = ExportWindow.Incremental(At(9, 0), At(9, 15));
        var token = ClientTokens.For("t", 1, window, 0);

        Assert.Equal(token, ClientTokens.For("t", 1, window, 0));
        Assert.Equal(4, new[] { ClientTokens.For("u", 1, window, 0), ClientTokens.For("t", 2, window, 0), ClientTokens.For("t", 1, window, 1), ClientTokens.For("t", 1, window with { To = At(9, 30) }, 0) }.Distinct().Count(t => t != token));
        Assert.Equal(32, token.Length);
    }
}
