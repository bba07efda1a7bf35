namespace IncrementalExport.Stack;

/// <summary>
/// What the function may do to program its wake-up, and nothing more: read and update the one wake-up schedule (by
/// its ARN), and pass the scheduler role (which UpdateSchedule names as the target's role) to EventBridge Scheduler only.
/// </summary>
public static class WakeUpPolicy
{
    /// <summary>The scheduler actions, on the wake-up schedule alone.</summary>
    public static IReadOnlyList<string> ScheduleActions { get; } = ["scheduler:GetSchedule", "scheduler:UpdateSchedule"];

    /// <summary>The only service the scheduler role may be passed to.</summary>
    public const string SchedulerService = "scheduler.amazonaws.com";

    /// <summary>The ARN of schedule <paramref name="name"/> in group <paramref name="group"/>.</summary>
    public static string ScheduleArn(AwsAccount account, string group, string name)
    {
        ArgumentNullException.ThrowIfNull(account);
        return $"arn:{account.Partition}:scheduler:{account.Region}:{account.AccountId}:schedule/{group}/{name}";
    }

    /// <summary>The function role's wake-up policy.</summary>
    public static string Document(string scheduleArn, string schedulerRoleArn) =>
        new PolicyDocument(
        [
            new PolicyStatement { Sid = "ProgramTheWakeUp", Action = ScheduleActions, Resource = [scheduleArn] },
            new PolicyStatement
            {
                Sid = "PassTheSchedulerRole",
                Action = ["iam:PassRole"],
                Resource = [schedulerRoleArn],
                Condition = PolicyStatement.When("StringEquals", "iam:PassedToService", SchedulerService),
            },
        ]).ToJson();
}
