using IncrementalExport.Core.Contract;

namespace IncrementalExport.Stack;

/// <summary>
/// The stack's alarms: three (five with the data lake), whatever the number of tables (a standard alarm costs about $0.10 a month, so an
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

    /// <summary>
    /// The alarms of one stack; with the data lake on (<paramref name="applyEveryMinutes"/> set) two more watch the apply
    /// chain, whose lag may exceed the export lag by up to the apply cadence.
    /// </summary>
    public static IReadOnlyList<AlarmDefinition> ForStack(ResourceNames names, string stateTable, string functionName, int lagAlarmMinutes, int? applyEveryMinutes = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var where = $"Dashboard {names.Dashboard} and Contributor Insights rules {names.InsightRule(InsightRules.LaggingKind)} / "
            + $"{names.InsightRule(InsightRules.BlockedKind)} name the tables; `status` shows each table.";
        List<AlarmDefinition> alarms =
        [
            OnStack(names.StackAlarm("lag"), $"A table is more than {lagAlarmMinutes} minutes behind: exports are slow or failing. {where}",
                stateTable, MetricNames.MaxLagSeconds, lagAlarmMinutes * 60.0, "GreaterThanThreshold"),
            OnStack(names.StackAlarm("blocked"), $"A table is Blocked (PITR off, table missing, PITR gap or repeated export failures). {where}",
                stateTable, MetricNames.BlockedTables, 1, "GreaterThanOrEqualToThreshold"),
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
        if (applyEveryMinutes is { } every)
        {
            var lake = "`status` shows each table's apply chain (appliedThrough, applying, blockedReason); the export chain goes on.";
            var limit = lagAlarmMinutes + every;
            alarms.Add(OnStack(names.StackAlarm("apply-lag"), $"A table's Iceberg table is more than {limit} minutes behind its source. {lake}",
                stateTable, MetricNames.MaxApplyLagSeconds, limit * 60.0, "GreaterThanThreshold"));
            alarms.Add(OnStack(names.StackAlarm("apply-blocked"), $"A table's apply chain is Blocked after repeated Athena failures; `resume` retries it. {lake}",
                stateTable, MetricNames.ApplyBlockedTables, 1, "GreaterThanOrEqualToThreshold"));
        }

        return alarms;
    }

    private static AlarmDefinition OnStack(string name, string description, string stateTable, string metric, double threshold, string comparison) =>
        new(
            name,
            description,
            MetricNames.Namespace,
            metric,
            new Dictionary<string, string>(StringComparer.Ordinal) { [MetricNames.StackDimension] = stateTable },
            "Maximum",
            PeriodSeconds,
            1,
            threshold,
            comparison,
            TreatMissingData);
}
