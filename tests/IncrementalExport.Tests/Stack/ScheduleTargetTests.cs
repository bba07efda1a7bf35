using System.Text.Json;
using IncrementalExport.Stack;

namespace IncrementalExport.Tests.Stack;

public sealed class ScheduleTargetTests
{
    [Fact]
    public void TickInput_ShouldBeTheFunctionsTickPayload()
    {
        using var payload = JsonDocument.Parse(ScheduleTarget.TickInput);

        Assert.Equal("tick", payload.RootElement.GetProperty("action").GetString());
        Assert.Single(payload.RootElement.EnumerateObject());
    }

    [Fact]
    public void Retry_ShouldStayWithinSchedulerLimits()
    {
        Assert.InRange(ScheduleTarget.MaximumRetryAttempts, 0, 185);
        Assert.InRange(ScheduleTarget.MaximumEventAgeSeconds, 60, 86400);
    }
}
