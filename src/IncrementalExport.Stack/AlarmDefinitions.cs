using IncrementalExport.Core.Contract;

namespace IncrementalExport.Stack;

/// <summary>
/// The stack's alarms: three, whatever the number of tables (a standard alarm costs about $0.10 a month, so an
/// alarm per table would cost ten times the orchestration). Each says where to see which table it is about:
/// the Contributor Insights rules (<see cref="InsightRules"/>) and the dashboard list the tables by name.
/// </summary>
public static class AlarmDefinitions
{
    /// <summary>
    /// The period. The function's metrics arrive once per tick, so most periods have no data: "ignore" keeps the
    /// lag and blocked alarms in their last state between ticks instead of flapping in every empty period.
    /// </summary>
    public const int PeriodSeconds = 300;

    /// <summary>How empty periods count for the function's own metrics (see <see cref="PeriodSeconds"/>).</summary>
    public const string TreatMissingData = "ignore";

    /// <summary>The alarms of one stack.</summary>
    public static IReadOnlyList<AlarmDefinition> ForStack(ResourceNames names, string stateTable, string functionName, int lagAlarmMinutes)
    {
        ArgumentNullException.ThrowIfNull(names);
        var stack = new Dictionary<string, string>(StringComparer.Ordinal) { [MetricNames.StackDimension] = stateTable };
        var where = $"Dashboard {names.Dashboard} and Contributor Insights rules {names.InsightRule(InsightRules.LaggingKind)} / "
            + $"{names.InsightRule(InsightRules.BlockedKind)} name the tables; `status` shows each table.";
        return
        [
            new AlarmDefinition(
                names.StackAlarm("lag"),
                $"A table is more than {lagAlarmMinutes} minutes behind: exports are slow or failing. {where}",
                MetricNames.Namespace,
                MetricNames.MaxLagSeconds,
                stack,
                "Maximum",
                PeriodSeconds,
                1,
                lagAlarmMinutes * 60.0,
                "GreaterThanThreshold",
                TreatMissingData),
            new AlarmDefinition(
                names.StackAlarm("blocked"),
                $"A table is Blocked (PITR off, table missing, PITR gap or repeated export failures). {where}",
                MetricNames.Namespace,
                MetricNames.BlockedTables,
                stack,
                "Maximum",
                PeriodSeconds,
                1,
                1,
                "GreaterThanOrEqualToThreshold",
                TreatMissingData),
            new AlarmDefinition(
                names.StackAlarm("errors"),
                "The function failed (an AWS or state table error, or invalid settings): ticks are retried by the schedule. Check the function's log group.",
                "AWS/Lambda",
                "Errors",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["FunctionName"] = functionName },
                "Sum",
                PeriodSeconds,
                1,
                1,
                "GreaterThanOrEqualToThreshold",
                // Lambda writes Errors only for periods with invocations: no data is no error.
                "notBreaching"),
        ];
    }
}
