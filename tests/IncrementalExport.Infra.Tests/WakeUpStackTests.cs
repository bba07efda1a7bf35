using System.Collections.Immutable;
using IncrementalExport.Core.Contract;
using IncrementalExport.Stack;

namespace IncrementalExport.Infra.Tests;

/// <summary>The one-time wake-up: owned by the stack, reprogrammed by the function, with exactly the rights that takes.</summary>
public sealed class WakeUpStackTests
{
    private const string Group = "incremental-export-test";
    private const string Wake = "incremental-export-test-wake";

    [Fact]
    public async Task WakeSchedule_ShouldBeAOneTimeScheduleInTheStacksGroupThatTicksTheFunctionAndOutlivesItsRun()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var group = Assert.Single(resources, r => r.Type == "aws:scheduler/scheduleGroup:ScheduleGroup");
        var wake = Assert.Single(resources, r => r.Type == "aws:scheduler/schedule:Schedule" && r.Name == "wake-schedule");
        var safetyNet = Assert.Single(resources, r => r.Type == "aws:scheduler/schedule:Schedule" && r.Name == "schedule");
        Assert.Equal((Group, Wake, Group), (group.String("name"), wake.String("name"), wake.String("groupName")));
        Assert.StartsWith("at(", wake.String("scheduleExpression"), StringComparison.Ordinal);
        Assert.Null(ScheduleExpression.Validate(wake.String("scheduleExpression")));
        Assert.Equal(("NONE", "ENABLED", "UTC", "OFF"), (wake.String("actionAfterCompletion"), wake.String("state"), wake.String("scheduleExpressionTimezone"), (string)wake.Object("flexibleTimeWindow")["mode"]));

        // Same target, payload, role and retries as the safety net: a wake-up is an ordinary tick.
        Assert.Equal(ExporterRun.Canonical(safetyNet.Object("target")), ExporterRun.Canonical(wake.Object("target")));
        Assert.Equal("rate(1 hour)", ScheduleExpression.Default);
    }

    [Fact]
    public async Task WakeSchedule_ShouldIgnoreChangesToTheExpressionTheFunctionRewrites()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        // The ignored property must be the input the stack registers (a misspelt name would be ignored silently).
        var wake = Assert.Single(resources, r => r.Name == "wake-schedule");
        Assert.Equal(Exporter.WakePlaceholder, wake.String("scheduleExpression"));
        Assert.Equal(["scheduleExpression"], Exporter.WakeIgnoredChanges);
        Assert.Contains(Exporter.WakeIgnoredChanges.Single(), wake.Inputs.Keys);
    }

    [Fact]
    public async Task Function_ShouldBeToldTheWakeScheduleAndItsGroup()
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings("orders"));

        var function = Assert.Single(resources, r => r.Type == "aws:lambda/function:Function");
        var variables = (ImmutableDictionary<string, object>)function.Object("environment")["variables"];
        Assert.Equal((Wake, Group), ((string)variables[LambdaEnvironment.WakeScheduleVariable], (string)variables[LambdaEnvironment.WakeScheduleGroupVariable]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1000)]
    public async Task WakePolicy_ShouldGrantOnlyGetAndUpdateOfThatScheduleAndPassingTheSchedulerRoleToTheScheduler(int tables)
    {
        var resources = await ExporterRun.RunAsync(ExporterRun.Settings([.. Enumerable.Range(0, tables).Select(i => $"table{i}")]));

        var policy = Assert.Single(resources, r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name == "wake-policy");
        var functionRole = Assert.Single(resources, r => r.Type == "aws:iam/role:Role" && r.Name == "function-role");
        Assert.Equal(functionRole.String("name"), policy.String("role"));
        var statements = ExporterRun.Statements(policy.String("policy"));
        Assert.Equal(2, statements.Count);
        var schedule = Assert.Single(statements, s => ExporterRun.Strings(s, "Action").Any(a => a.StartsWith("scheduler:", StringComparison.Ordinal)));
        Assert.Equal(["scheduler:GetSchedule", "scheduler:UpdateSchedule"], ExporterRun.Strings(schedule, "Action").Order());
        Assert.Equal([$"arn:aws:scheduler:eu-west-1:123456789012:schedule/{Group}/{Wake}"], ExporterRun.Strings(schedule, "Resource"));
        Assert.False(schedule.TryGetProperty("Condition", out _));
        var pass = Assert.Single(statements, s => ExporterRun.Strings(s, "Action").SequenceEqual(["iam:PassRole"]));
        var schedulerRole = Assert.Single(resources, r => r.Type == "aws:iam/role:Role" && r.Name == "scheduler-role");
        Assert.Equal([$"arn:aws:iam::123456789012:role/{schedulerRole.String("name")}"], ExporterRun.Strings(pass, "Resource"));
        Assert.Equal("scheduler.amazonaws.com", pass.GetProperty("Condition").GetProperty("StringEquals").GetProperty("iam:PassedToService").GetString());
        Assert.Single(pass.GetProperty("Condition").EnumerateObject());
    }
}
