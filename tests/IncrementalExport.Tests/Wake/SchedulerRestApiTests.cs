using IncrementalExport.Core.Aws;
using IncrementalExport.TestServers.Scheduler;

namespace IncrementalExport.Tests.Wake;

public sealed class SchedulerRestApiTests : IAsyncLifetime
{
    private FakeSchedulerServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeSchedulerServer.StartAsync();
        _server.Create(SchedulerFixtures.Group, SchedulerFixtures.Name, SchedulerFixtures.StackSchedule());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetSchedule_ShouldReturnTheScheduleOfItsGroup()
    {
        var schedule = await SchedulerFixtures.Adapter(_server).GetScheduleAsync(CancellationToken.None);

        Assert.Equal(SchedulerFixtures.StackSchedule()["ScheduleExpression"]!.GetValue<string>(), schedule["ScheduleExpression"]!.GetValue<string>());
        Assert.Contains($"GET /schedules/{SchedulerFixtures.Name}", _server.Requests);
    }

    [Fact]
    public async Task UpdateSchedule_ShouldChangeOnlyTheExpressionAndKeepTargetRoleRetriesAndWindow()
    {
        var adapter = SchedulerFixtures.Adapter(_server);

        await adapter.UpdateScheduleAsync(await adapter.GetScheduleAsync(CancellationToken.None), "at(2026-11-24T10:22:00)", CancellationToken.None);

        var stored = _server.Get(SchedulerFixtures.Group, SchedulerFixtures.Name)!;
        var before = SchedulerFixtures.StackSchedule();
        Assert.Equal("at(2026-11-24T10:22:00)", stored["ScheduleExpression"]!.GetValue<string>());
        Assert.Equal(before["Target"]!.ToJsonString(), stored["Target"]!.ToJsonString());
        Assert.Equal(before["FlexibleTimeWindow"]!.ToJsonString(), stored["FlexibleTimeWindow"]!.ToJsonString());
        Assert.Equal(("NONE", "ENABLED", "UTC"), (stored["ActionAfterCompletion"]!.GetValue<string>(), stored["State"]!.GetValue<string>(), stored["ScheduleExpressionTimezone"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(409, "ConflictException", AwsErrorKind.Permanent)]
    [InlineData(429, "ThrottlingException", AwsErrorKind.Transient)]
    [InlineData(400, "ValidationException", AwsErrorKind.Permanent)]
    [InlineData(500, "InternalServerException", AwsErrorKind.Transient)]
    public async Task UpdateSchedule_WhenTheServiceAnswersAnError_ShouldThrowItsCodeClassified(int status, string code, AwsErrorKind kind)
    {
        var adapter = SchedulerFixtures.Adapter(_server);
        var read = await adapter.GetScheduleAsync(CancellationToken.None);
        _server.FailNext(status, code);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => adapter.UpdateScheduleAsync(read, "at(2026-11-24T10:22:00)", CancellationToken.None));

        Assert.Equal((code, kind), (error.ErrorCode, error.Kind));
    }

    [Fact]
    public async Task GetSchedule_WhenTheScheduleDoesNotExist_ShouldThrowResourceNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsCallException>(() => SchedulerFixtures.Adapter(_server, "missing").GetScheduleAsync(CancellationToken.None));

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
    }

    [Fact]
    public async Task UpdateSchedule_WhenTheExpressionIsInvalid_ShouldThrowTheServicesValidationError()
    {
        var adapter = SchedulerFixtures.Adapter(_server);

        var error = await Assert.ThrowsAsync<AwsCallException>(async () =>
            await adapter.UpdateScheduleAsync(await adapter.GetScheduleAsync(CancellationToken.None), "at(tomorrow)", CancellationToken.None));

        Assert.Equal("ValidationException", error.ErrorCode);
    }
}
