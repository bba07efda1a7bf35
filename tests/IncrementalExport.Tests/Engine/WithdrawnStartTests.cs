using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.TestServers.InMemory;
using Microsoft.Extensions.Time.Testing;
using static IncrementalExport.Tests.Planning.PlannerFixtures;

namespace IncrementalExport.Tests.Engine;

/// <summary>A start planned from the PITR window last seen, refused by AWS, then a throttle while planning again.</summary>
public sealed class WithdrawnStartTests
{
    [Fact]
    public async Task Step_WhenAnEstimatedStartIsWithdrawnAndThePlanningAfterItIsThrottled_ShouldReportTheWithdrawnStateNotTheIntent()
    {
        var now = At(12, 0);
        var clock = new FakeTimeProvider(now);
        var store = new InMemoryStateStore();
        var state = ChainedAndSeen(At(11, 0), checkedAt: At(11, 50)) with { Version = 1 };
        Assert.True(await store.TryWriteAsync(state, 0, CancellationToken.None));
        var settings = SettingsWith();
        var step = TableStep.For(settings.Tables[0], settings, store, new RefusingApi(), clock, new TickRequest(), new InFlightBudget(10));

        var result = await step.RunAsync(state, CancellationToken.None);

        var stored = store.Snapshot()["orders"];
        Assert.Equal((StepKind.Deferred, (InFlightExport?)null, state.Version + 2), (result.Step, stored.InFlight, stored.Version));
        Assert.Equal((TablePhase.Idle, (InFlightExport?)null), (result.Outcome.Status.Phase, result.Outcome.Status.InFlight));
        Assert.EndsWith("state now: Idle (watermark 2026-11-24T11:00:00Z)", result.Detail, StringComparison.Ordinal);
        Assert.Equal(stored, result.After);
    }

    /// <summary>AWS that refuses the start as outside the PITR window, then throttles DescribeContinuousBackups.</summary>
    private sealed class RefusingApi : IExportApi
    {
        public Task<PitrWindow> DescribePitrAsync(string tableNameOrArn, CancellationToken cancellationToken) =>
            Task.FromException<PitrWindow>(new AwsCallException(AwsErrorKind.Transient, "ThrottlingException", "Rate exceeded"));

        public Task<string> GetTableArnAsync(string tableName, CancellationToken cancellationToken) =>
            Task.FromResult("arn:aws:dynamodb:us-east-1:123456789012:table/" + tableName);

        public Task<ExportDescription> StartExportAsync(ExportRequest request, CancellationToken cancellationToken) =>
            Task.FromException<ExportDescription>(new AwsCallException(AwsErrorKind.InvalidExportTime, "InvalidExportTimeException", "ExportToTime is after the latest restorable time"));

        public Task<ExportDescription> DescribeExportAsync(string exportArn, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ExportDescription?> FindByClientTokenAsync(string tableArn, string clientToken, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
