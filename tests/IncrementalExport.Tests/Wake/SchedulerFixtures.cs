using System.Text.Json.Nodes;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using IncrementalExport.Core.Wake;
using IncrementalExport.TestServers.Scheduler;

namespace IncrementalExport.Tests.Wake;

/// <summary>The stack's wake-up schedule as the stack creates it, and the adapter pointed at a fake server.</summary>
internal static class SchedulerFixtures
{
    public const string Group = "incremental-export-dev";
    public const string Name = "incremental-export-dev-wake";

    public static JsonObject StackSchedule() => new()
    {
        ["ScheduleExpression"] = "at(2000-01-01T00:00:00)",
        ["ScheduleExpressionTimezone"] = "UTC",
        ["State"] = "ENABLED",
        ["ActionAfterCompletion"] = "NONE",
        ["FlexibleTimeWindow"] = new JsonObject { ["Mode"] = "OFF" },
        ["Target"] = new JsonObject
        {
            ["Arn"] = "arn:aws:lambda:eu-west-1:123456789012:function:incremental-export-dev",
            ["RoleArn"] = "arn:aws:iam::123456789012:role/incremental-export-dev-scheduler",
            ["Input"] = "{\"action\":\"tick\"}",
            ["RetryPolicy"] = new JsonObject { ["MaximumRetryAttempts"] = 3, ["MaximumEventAgeInSeconds"] = 900 },
        },
        ["CreationDate"] = 1.7e9,
        ["LastModificationDate"] = 1.7e9,
    };

    public static SchedulerRestApi Adapter(FakeSchedulerServer server, string name = Name) =>
        new(
            new HttpClient(new SigV4SigningHandler(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), RegionEndpoint.EUWest1, "scheduler", new HttpClientHandler())),
            new Uri(server.ServiceUrl),
            name,
            Group);
}
