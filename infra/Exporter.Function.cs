using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Settings;
using IncrementalExport.Stack;
using Pulumi;
using Aws = Pulumi.Aws;

namespace IncrementalExport.Infra;

/// <summary>The function, its log group and roles, and the schedule that ticks it.</summary>
internal sealed partial class Exporter
{
    private Aws.Iam.Role FunctionRole() =>
        new("function-role", new Aws.Iam.RoleArgs
        {
            Name = _names.FunctionRole,
            AssumeRolePolicy = _account.Apply(a => PolicyDocuments.LambdaAssumeRole(a.AccountId)),
        }, Child());

    private Aws.CloudWatch.LogGroup LogGroup(Aws.Kms.Key key) =>
        new("logs", new Aws.CloudWatch.LogGroupArgs
        {
            Name = _names.LogGroup,
            RetentionInDays = _settings.LogRetentionDays,
            KmsKeyId = key.Arn,
        }, Child());

    private Aws.Lambda.Function Function(
        Aws.Iam.Role role, Output<ExportSettings> resolved, Aws.DynamoDB.Table stateTable, Aws.CloudWatch.LogGroup logGroup,
        Resource[] settingsAndTags, Resource wakePolicy)
    {
        var policy = new Aws.Iam.RolePolicy("function-policy", new Aws.Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = Output.Tuple(resolved, stateTable.Arn, _account).Apply(t =>
                PolicyDocuments.LambdaPermissions(t.Item1, t.Item2, t.Item3.LogGroupArn(_names.LogGroup), t.Item3.Partition, _tableTagKey)),
        }, Child(settingsAndTags)); // a policy that grants by tag only after the tags exist

        var arguments = new Aws.Lambda.FunctionArgs
        {
            Name = _names.Function,
            Role = role.Arn,
            Runtime = LambdaPublish.Runtime,
            Architectures = { LambdaPublish.Architecture },
            Handler = _handler,
            Code = new FileArchive(_codePath),
            MemorySize = _settings.LambdaMemoryMb,
            Timeout = _settings.LambdaTimeoutSeconds,
            // One tick at a time: two ticks would race for the same windows (state writes are conditional, but
            // the loser's work is wasted) and could exceed maxExportsInFlight together.
            ReservedConcurrentExecutions = 1,
            Environment = new Aws.Lambda.Inputs.FunctionEnvironmentArgs
            {
                // Only where the settings are: the settings item is read at every invocation.
                Variables = LambdaEnvironment.Build(_names.StateTable, _names.WakeSchedule, _names.ScheduleGroup).ToDictionary(),
            },
            LoggingConfig = new Aws.Lambda.Inputs.FunctionLoggingConfigArgs { LogFormat = "JSON", LogGroup = logGroup.Name },
        };

        // The policy, log group and settings item first: the first invocation must be able to read settings and write logs and state.
        return new Aws.Lambda.Function("function", arguments, Child([policy, wakePolicy, logGroup, .. settingsAndTags]));
    }

    private Aws.Iam.Role SchedulerRole() =>
        new("scheduler-role", new Aws.Iam.RoleArgs
        {
            Name = _names.SchedulerRole,
            AssumeRolePolicy = _account.Apply(a => PolicyDocuments.SchedulerAssumeRole(a.AccountId)),
        }, Child());

    private (Aws.Scheduler.Schedule Schedule, Aws.Iam.RolePolicy Policy) Schedule(Aws.Lambda.Function function, Aws.Iam.Role role)
    {
        var policy = new Aws.Iam.RolePolicy("scheduler-policy", new Aws.Iam.RolePolicyArgs
        {
            Role = role.Name,
            Policy = function.Arn.Apply(arn => PolicyDocuments.SchedulerPermissions(arn)),
        }, Child());

        return (new Aws.Scheduler.Schedule("schedule", new Aws.Scheduler.ScheduleArgs
        {
            Name = _names.Schedule,
            ScheduleExpression = _settings.Schedule,
            ScheduleExpressionTimezone = _settings.ScheduleTimezone,
            State = "ENABLED",
            FlexibleTimeWindow = new Aws.Scheduler.Inputs.ScheduleFlexibleTimeWindowArgs { Mode = ScheduleTarget.FlexibleTimeWindowMode },
            Target = TickTarget(function, role),
        }, Child(policy)), policy);
    }

    /// <summary>What both schedules invoke: the function, with the tick payload, as the scheduler role, with the documented retries.</summary>
    private static Aws.Scheduler.Inputs.ScheduleTargetArgs TickTarget(Aws.Lambda.Function function, Aws.Iam.Role role) => new()
    {
        Arn = function.Arn,
        RoleArn = role.Arn,
        Input = ScheduleTarget.TickInput,
        RetryPolicy = new Aws.Scheduler.Inputs.ScheduleTargetRetryPolicyArgs
        {
            MaximumRetryAttempts = ScheduleTarget.MaximumRetryAttempts,
            MaximumEventAgeInSeconds = ScheduleTarget.MaximumEventAgeSeconds,
        },
    };
}
