using Amazon.DynamoDBv2;
using IncrementalExport.Core.Contract;

namespace IncrementalExport.Core.Wake;

/// <summary>The function's wake-up, decided once at init from its environment: the stack sets the schedule and its group.</summary>
public static class WakeUpEnvironment
{
    /// <summary>The programmer of the schedule the environment names, or null when it names none (then only the rate schedule ticks).</summary>
    public static WakeUpProgrammer? Programmer(Func<string, string?> environment, Func<IAmazonDynamoDB> dynamoDb, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var name = environment(LambdaEnvironment.WakeScheduleVariable);
        var group = environment(LambdaEnvironment.WakeScheduleGroupVariable);
        return string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(group)
            ? null
            : new WakeUpProgrammer(SchedulerRestApi.Create(name, group, environment), dynamoDb(), time);
    }
}
