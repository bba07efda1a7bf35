using System.Text.Json;
using IncrementalExport.Core.Contract;

namespace IncrementalExport.Stack;

/// <summary>
/// The stack's CloudWatch dashboard: lag per table (worst first) and the Blocked tables, from Logs Insights queries
/// over the <c>tableTick</c> lines, so it shows every table without a metric per table; the stack-level metrics
/// (lag, exports started/completed/failed, blocked tables, errors) as graphs.
/// </summary>
public static class DashboardBody
{
    /// <summary>Rows the per-table widgets show (Logs Insights returns at most 10,000).</summary>
    public const int TableRows = 1000;

    /// <summary>The dashboard JSON for one stack.</summary>
    public static string Build(string region, string logGroupName, string stateTable, string functionName, int lagAlarmMinutes)
    {
        var source = $"SOURCE '{logGroupName}'";
        object[] widgets =
        [
            Log(0, 0, 16, 10, region, "Lag per table, worst first (latest tick)",
                $"{source} | filter event = \"tableTick\" "
                + "| stats latest(report.lagSeconds) as lagSeconds, latest(report.phase) as phase, latest(report.step) as step, "
                + "latest(report.watermark) as watermark by report.table "
                + $"| sort lagSeconds desc | limit {TableRows}"),
            Log(16, 0, 8, 10, region, "Blocked tables",
                $"{source} | filter event = \"tableTick\" "
                + "| stats latest(report.phase) as phase, latest(report.blockReason) as reason, latest(report.lastError) as lastError by report.table "
                + $"| filter phase = \"Blocked\" | limit {TableRows}"),
            Metric(0, 10, 8, 6, region, "Largest lag (seconds)", "Maximum",
                [Stack(MetricNames.MaxLagSeconds, stateTable)],
                new { horizontal = new[] { new { label = "lag alarm", value = lagAlarmMinutes * 60 } } }),
            Metric(8, 10, 8, 6, region, "Exports started / completed / failed", "Sum",
                [Stack(MetricNames.ExportsStarted, stateTable), Stack(MetricNames.ExportsCompleted, stateTable), Stack(MetricNames.ExportsFailed, stateTable)],
                null),
            Metric(16, 10, 8, 6, region, "Blocked tables, table errors, function errors", "Maximum",
                [
                    Stack(MetricNames.BlockedTables, stateTable),
                    Stack(MetricNames.TableErrors, stateTable),
                    new object[] { "AWS/Lambda", "Errors", "FunctionName", functionName, new { stat = "Sum" } },
                ],
                null),
            Metric(0, 16, 12, 6, region, "Next wake-up (seconds after the tick), wake-up errors, invocations", "Maximum",
                [
                    Stack(MetricNames.NextWakeUpSeconds, stateTable),
                    Stack(MetricNames.WakeUpErrors, stateTable),
                    new object[] { "AWS/Lambda", "Invocations", "FunctionName", functionName, new { stat = "Sum" } },
                ],
                null),
            Metric(12, 16, 12, 6, region, "Data lake: largest apply lag (seconds), apply-blocked tables", "Maximum",
                [Stack(MetricNames.MaxApplyLagSeconds, stateTable), Stack(MetricNames.ApplyBlockedTables, stateTable)],
                null),
        ];
        return JsonSerializer.Serialize(new { widgets });
    }

    private static object[] Stack(string metric, string stateTable) => [MetricNames.Namespace, metric, MetricNames.StackDimension, stateTable];

    private static object Log(int x, int y, int width, int height, string region, string title, string query) => new
    {
        type = "log",
        x,
        y,
        width,
        height,
        properties = new { query, region, title, view = "table" },
    };

    private static object Metric(int x, int y, int width, int height, string region, string title, string stat, object[] metrics, object? annotations) => new
    {
        type = "metric",
        x,
        y,
        width,
        height,
        properties = new Dictionary<string, object?>
        {
            ["metrics"] = metrics,
            ["region"] = region,
            ["title"] = title,
            ["stat"] = stat,
            ["period"] = AlarmDefinitions.PeriodSeconds,
            ["view"] = "timeSeries",
            ["annotations"] = annotations,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value),
    };
}
