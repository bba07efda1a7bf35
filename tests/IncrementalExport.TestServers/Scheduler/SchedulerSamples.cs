using System.Text.Json.Nodes;
using IncrementalExport.Stack;

namespace IncrementalExport.TestServers.Scheduler;

/// <summary>The stack's wake-up schedule as GetSchedule returns it after <c>pulumi up</c>.</summary>
public static class SchedulerSamples
{
    public const string Group = "incremental-export-dev";
    public const string Name = "incremental-export-dev-wake";

    public static JsonObject StackSchedule() => new()
    {
        ["ScheduleExpression"] = "at(2099-12-31T23:59:00)",
        ["ScheduleExpressionTimezone"] = "UTC",
        ["State"] = "ENABLED",
        ["ActionAfterCompletion"] = "NONE",
        ["FlexibleTimeWindow"] = new JsonObject { ["Mode"] = ScheduleTarget.FlexibleTimeWindowMode },
        ["Target"] = new JsonObject
        {
            ["Arn"] = "arn:aws:lambda:eu-west-1:123456789012:function:incremental-export-dev",
            ["RoleArn"] = "arn:aws:iam::123456789012:role/incremental-export-dev-scheduler",
            ["Input"] = ScheduleTarget.TickInput,
            ["RetryPolicy"] = new JsonObject
            {
                ["MaximumRetryAttempts"] = ScheduleTarget.MaximumRetryAttempts,
                ["MaximumEventAgeInSeconds"] = ScheduleTarget.MaximumEventAgeSeconds,
            },
        },
        ["CreationDate"] = 1.7e9,
        ["LastModificationDate"] = 1.7e9,
    };
}
