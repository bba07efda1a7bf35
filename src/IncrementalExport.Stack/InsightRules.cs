using System.Text.Json;

namespace IncrementalExport.Stack;

/// <summary>
/// Two CloudWatch Contributor Insights rules over the function's <c>tableTick</c> log lines: which tables lag beyond
/// the alarm threshold, and which are Blocked (and why). They name the tables behind the stack-level alarms for a
/// fixed price (about $0.50 per rule a month plus $0.02 per million matching log lines; only lagging or blocked
/// tables' lines match).
/// </summary>
public static class InsightRules
{
    /// <summary>The rule kind listing tables behind by more than the lag threshold.</summary>
    public const string LaggingKind = "lagging-tables";

    /// <summary>The rule kind listing Blocked tables with their reason.</summary>
    public const string BlockedKind = "blocked-tables";

    private static readonly string[] BlockedPhase = ["Blocked"];
    private static readonly string[] TableTickEvent = ["tableTick"];
    private static readonly string[] LaggingKeys = ["$.report.table"];
    private static readonly string[] BlockedKeys = ["$.report.table", "$.report.blockReason"];

    /// <summary>The rules of one stack: (name, rule definition JSON).</summary>
    public static IReadOnlyList<(string Name, string Definition)> ForStack(ResourceNames names, string logGroupName, int lagAlarmMinutes)
    {
        ArgumentNullException.ThrowIfNull(names);
        var tableTick = new Dictionary<string, object> { ["Match"] = "$.event", ["In"] = TableTickEvent };
        return
        [
            (names.InsightRule(LaggingKind), Rule(
                logGroupName,
                LaggingKeys,
                [tableTick, new Dictionary<string, object> { ["Match"] = "$.report.lagSeconds", ["GreaterThan"] = lagAlarmMinutes * 60 }])),
            (names.InsightRule(BlockedKind), Rule(
                logGroupName,
                BlockedKeys,
                [tableTick, new Dictionary<string, object> { ["Match"] = "$.report.phase", ["In"] = BlockedPhase }])),
        ];
    }

    private static string Rule(string logGroupName, string[] keys, object[] filters) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Schema"] = new Dictionary<string, object> { ["Name"] = "CloudWatchLogRule", ["Version"] = 1 },
            ["LogGroupNames"] = new[] { logGroupName },
            ["LogFormat"] = "JSON",
            ["Contribution"] = new Dictionary<string, object> { ["Keys"] = keys, ["Filters"] = filters },
            ["AggregateOn"] = "Count",
        });
}
