using IncrementalExport.Stack;
using Pulumi;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <summary>
/// The one-time wake-up: a schedule group and an <c>at(...)</c> schedule the stack creates and owns, and whose time the
/// function changes after every tick; and the function's permission to do so.
/// </summary>
internal sealed partial class Exporter
{
    /// <summary>
    /// A placeholder time the first tick replaces. The function rewrites the expression after each tick, so the stack
    /// ignores changes to it: otherwise every <c>pulumi up</c> would put this placeholder back and undo the wake-up.
    /// </summary>
    internal const string WakePlaceholder = "at(2099-12-31T23:59:00)";

    /// <summary>The wake-up schedule's inputs the stack leaves to the function.</summary>
    internal static readonly string[] WakeIgnoredChanges = ["scheduleExpression"];

    private Aws.Iam.RolePolicy WakeUpPolicy(Aws.Iam.Role functionRole, Aws.Iam.Role schedulerRole) =>
        new("wake-policy", new Aws.Iam.RolePolicyArgs
        {
            Role = functionRole.Name,
            Policy = Output.Tuple(_account, schedulerRole.Arn).Apply(t =>
                IncrementalExport.Stack.WakeUpPolicy.Document(
                    IncrementalExport.Stack.WakeUpPolicy.ScheduleArn(t.Item1, _names.ScheduleGroup, _names.WakeSchedule), t.Item2)),
        }, Child());

    private Aws.Scheduler.Schedule WakeSchedule(Aws.Lambda.Function function, Aws.Iam.Role schedulerRole, Resource schedulerPolicy)
    {
        var group = new Aws.Scheduler.ScheduleGroup("schedule-group", new Aws.Scheduler.ScheduleGroupArgs { Name = _names.ScheduleGroup }, Child());
        var options = Child(schedulerPolicy);
        options.IgnoreChanges = [.. WakeIgnoredChanges];
        return new Aws.Scheduler.Schedule("wake-schedule", new Aws.Scheduler.ScheduleArgs
        {
            Name = _names.WakeSchedule,
            GroupName = group.Name,
            ScheduleExpression = WakePlaceholder,
            ScheduleExpressionTimezone = "UTC",
            State = "ENABLED",
            // Kept after it fires: the function sets its next time; DELETE would remove a resource the stack owns.
            ActionAfterCompletion = "NONE",
            FlexibleTimeWindow = new Aws.Scheduler.Inputs.ScheduleFlexibleTimeWindowArgs { Mode = ScheduleTarget.FlexibleTimeWindowMode },
            Target = TickTarget(function, schedulerRole),
        }, options);
    }
}
