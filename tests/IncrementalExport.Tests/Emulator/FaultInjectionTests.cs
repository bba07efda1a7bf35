using Amazon.DynamoDBv2.Model;
using IncrementalExport.Emulator.Endpoint;

namespace IncrementalExport.Tests.Emulator;

public sealed class FaultInjectionTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task Enqueue_WhenThrottlingIsQueuedForOneOperation_ShouldFailOnlyTheNextCallOfIt()
    {
        var arn = RegisterTable();
        Env.Endpoint.Faults.Enqueue(InjectedFault.Throttling, "ExportTableToPointInTime");

        await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "orders" });
        var throttled = await ErrorOf(() => Client.ExportTableToPointInTimeAsync(Full(arn)));
        var retried = await Client.ExportTableToPointInTimeAsync(Full(arn));

        Assert.Equal("ThrottlingException", throttled.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, throttled.StatusCode);
        Assert.Equal("IN_PROGRESS", retried.ExportDescription.ExportStatus.Value);
        Assert.Single(ControlPlane.Exports);
        Assert.Equal(2, Env.Endpoint.Calls.Count("ExportTableToPointInTime"));
    }

    [Fact]
    public async Task Enqueue_WhenInternalServerErrorIsQueued_ShouldSurfaceAs500()
    {
        Env.Endpoint.Faults.Enqueue(InjectedFault.InternalServerError);

        var error = await ErrorOf(() => Client.ListTablesAsync(new ListTablesRequest()));

        Assert.Equal("InternalServerError", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
    }

    [Fact]
    public async Task Enqueue_WhenFaultIsForwardedOperation_ShouldNotReachDynalite()
    {
        Env.Endpoint.Faults.Enqueue(InjectedFault.ProvisionedThroughputExceeded, "GetItem");

        var error = await ErrorOf(() => Client.GetItemAsync(new GetItemRequest
        {
            TableName = $"never-created-{Guid.NewGuid():N}",
            Key = new Dictionary<string, AttributeValue> { ["pk"] = new("a") },
        }));

        Assert.Equal("ProvisionedThroughputExceededException", error.ErrorCode);
    }

    [Fact]
    public async Task SetFailureRate_WhenProbabilityIsOne_ShouldFailEveryCallUntilCleared()
    {
        RegisterTable();
        Env.Endpoint.Faults.SetFailureRate(1.0, InjectedFault.LimitExceeded, "DescribeContinuousBackups");
        var request = new DescribeContinuousBackupsRequest { TableName = "orders" };

        var first = await ErrorOf(() => Client.DescribeContinuousBackupsAsync(request));
        var second = await ErrorOf(() => Client.DescribeContinuousBackupsAsync(request));
        Env.Endpoint.Faults.Clear();
        var cleared = await Client.DescribeContinuousBackupsAsync(request);

        Assert.Equal("LimitExceededException", first.ErrorCode);
        Assert.Equal("LimitExceededException", second.ErrorCode);
        Assert.Equal("ENABLED", cleared.ContinuousBackupsDescription.ContinuousBackupsStatus.Value);
        Assert.Equal(2, Env.Endpoint.Faults.Injected);
    }

    [Fact]
    public async Task SetLatency_WhenSet_ShouldStillServeTheCall()
    {
        RegisterTable();
        Env.Endpoint.Faults.SetLatency(TimeSpan.FromMilliseconds(50));

        var response = await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = "orders" });

        Assert.Equal("ENABLED", response.ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus.Value);
    }
}
