namespace IncrementalExport.Core.Deployment;

/// <summary>The per-table alarms: lag above the configured threshold, and Blocked.</summary>
public static class AlarmDefinitions
{
    /// <summary>
    /// The period of both alarms. Metrics arrive once per tick, so most periods have no data: "ignore" keeps the
    /// alarm in its last state between ticks instead of flapping to OK (or to ALARM) in every empty period.
    /// </summary>
    public const int PeriodSeconds = 300;

    /// <summary>How empty periods count (see <see cref="PeriodSeconds"/>).</summary>
    public const string TreatMissingData = "ignore";

    /// <summary>The alarms for one table.</summary>
    public static IReadOnlyList<AlarmDefinition> ForTable(ResourceNames names, string tableName, int lagAlarmMinutes)
    {
        ArgumentNullException.ThrowIfNull(names);
        return
        [
            new AlarmDefinition(
                names.Alarm(tableName, "lag"),
                $"{tableName} is more than {lagAlarmMinutes} minutes behind: exports are slow or failing. Check the function's logs and `status`.",
                MetricNames.LagSeconds,
                tableName,
                "Maximum",
                PeriodSeconds,
                1,
                lagAlarmMinutes * 60.0,
                "GreaterThanThreshold",
                TreatMissingData),
            new AlarmDefinition(
                names.Alarm(tableName, "blocked"),
                $"{tableName} is Blocked (PITR off, table missing, PITR gap or repeated export failures). `status` shows the reason and the fix.",
                MetricNames.Blocked,
                tableName,
                "Maximum",
                PeriodSeconds,
                1,
                1,
                "GreaterThanOrEqualToThreshold",
                TreatMissingData),
        ];
    }
}
