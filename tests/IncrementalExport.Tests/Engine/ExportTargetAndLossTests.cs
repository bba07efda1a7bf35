using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.Endpoint;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Engine;

/// <summary>Where an export is recorded (the bucket it was sent to, not later settings'), and an export AWS no longer knows.</summary>
public sealed class ExportTargetAndLossTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>
{
    [Fact]
    public async Task Tick_WhenTheBucketChangesWhileAnExportRuns_ShouldRecordItInTheBucketItWasWrittenTo()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        var one = h.Settings(new TableSettings("orders", ViewType: ExportViewType.NewImage)) with { Bucket = "bucket-one" };
        var two = one with { Bucket = "bucket-two", Tables = [new TableSettings("orders")] };
        await h.TickAsync(one, "orders");

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var completed = await h.TickAsync(two, "orders");
        h.Clock.Advance(TimeSpan.FromMinutes(30));
        await h.TickAsync(two, "orders");

        var history = await h.Engine(two).HistoryAsync("orders", CancellationToken.None);
        Assert.Equal("bucket-one", completed.Recorded!.S3Bucket);
        Assert.Equal(["bucket-one", "bucket-two"], history.Select(e => e.S3Bucket));
        Assert.Equal(["bucket-one", "bucket-two", "bucket-two"], h.Env.ControlPlane.Exports.Select(e => e.Parameters.S3Bucket));
        Assert.Equal(((ExportViewType?)null, (ExportViewType?)ExportViewType.NewAndOldImages), (history[0].ViewType, history[1].ViewType));
    }

    [Fact]
    public async Task Tick_WhenARecordedStartIsReissuedAfterTheBucketChanged_ShouldSendItToTheRecordedBucket()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        var one = h.Settings(new TableSettings("orders")) with { Bucket = "bucket-one" };
        h.Env.Endpoint.Faults.Enqueue(InjectedFault.LimitExceeded, "ExportTableToPointInTime");
        var deferred = await h.TickAsync(one, "orders");

        var started = await h.TickAsync(one with { Bucket = "bucket-two" }, "orders");

        Assert.Equal((StepKind.Deferred, StepKind.StartedFull), (deferred.Step, started.Step));
        Assert.Equal("bucket-one", Assert.Single(h.Env.ControlPlane.Exports).Parameters.S3Bucket);
    }

    [Fact]
    public async Task Tick_WhenAwsNoLongerKnowsTheExportInFlight_ShouldCountAFailedAttemptRetryTheWindowAndBlockAtTheLimit()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        var settings = h.Settings(new TableSettings("orders")) with { MaxConsecutiveFailures = 2 };
        var first = await h.TickAsync(settings, "orders");
        h.Env.ControlPlane.ExportRetention = TimeSpan.FromMinutes(1);
        h.Clock.Advance(TimeSpan.FromMinutes(2));

        var lost = await h.TickAsync(settings, "orders");
        var retried = await h.TickAsync(settings, "orders");
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var blocked = await h.TickAsync(settings, "orders");
        var stays = await h.TickAsync(settings, "orders");
        await h.Engine(settings).ResumeAsync("orders", CancellationToken.None);
        var resumed = await h.TickAsync(settings, "orders");

        Assert.Equal(StepKind.Failed, lost.Step);
        Assert.Contains("ExportNotFoundException: AWS does not know the export in flight", lost.Detail, StringComparison.Ordinal);
        Assert.Contains("counted as a failed attempt, the window is retried with a new client token", lost.Detail, StringComparison.Ordinal);
        Assert.Contains("state now: Idle (epoch 1's full export to be retried)", lost.Detail, StringComparison.Ordinal);
        Assert.Equal((StepKind.StartedFull, first.Window), (retried.Step, retried.Window));
        Assert.Equal((StepKind.Failed, TablePhase.Blocked, BlockReason.ExportFailures), (blocked.Step, blocked.Status.Phase, blocked.Status.BlockReason));
        Assert.Contains("the table is Blocked until an operator resumes it", blocked.Detail, StringComparison.Ordinal);
        Assert.StartsWith("ExportNotFoundException: ", blocked.Status.LastError, StringComparison.Ordinal);
        Assert.Equal(StepKind.Blocked, stays.Step);
        Assert.Equal((StepKind.StartedFull, first.Window), (resumed.Step, resumed.Window));
        Assert.Equal(3, h.Env.ControlPlane.Exports.Select(e => e.Parameters.ClientToken).Distinct().Count());
    }

    [Fact]
    public async Task Tick_WhenDescribeExportDoesNotKnowTheRecordedArnButTheTokenFindsTheExport_ShouldFollowThatExport()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        var settings = h.Settings(new TableSettings("orders"));
        await h.TickAsync(settings, "orders");
        var real = (await h.RewriteStateAsync(settings, "orders", s => s with { InFlight = s.InFlight! with { ExportArn = s.InFlight.ExportArn![..^8] + "00000000" } }))
            .InFlight!.ExportArn!;

        var followed = await h.TickAsync(settings, "orders");

        Assert.Equal((StepKind.InProgress, real), (followed.Step, followed.Status.InFlight!.ExportArn));
        Assert.Contains("the export with the intent's client token is " + real, followed.Detail, StringComparison.Ordinal);
        Assert.Single(h.Env.ControlPlane.Exports);
    }
}
