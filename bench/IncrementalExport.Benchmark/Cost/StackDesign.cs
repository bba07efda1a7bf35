using IncrementalExport.Core.Contract;
using IncrementalExport.Stack;

namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// What the stack runs whatever its table count: the monitoring is stack-level (no per-table metric dimensions, no
/// per-table alarms; tables are named in structured log lines and ranked by Contributor Insights rules), so its cost is
/// shared by every table.
/// </summary>
/// <param name="Alarms">Standard-resolution metric alarms of the stack.</param>
/// <param name="CustomMetrics">Custom metrics (name + dimensions) the function publishes, for the whole stack.</param>
/// <param name="Dashboards">CloudWatch dashboards (the first three of an account are free; not deducted).</param>
/// <param name="ContributorInsightsRules">Contributor Insights rules over the function's log group.</param>
/// <param name="ContributorInsightsEventsPerTablePerTick">Log events per table per tick the rules match (one structured line per table).</param>
/// <param name="KmsKeys">Customer managed KMS keys of the stack.</param>
internal sealed record StackDesign(
    int Alarms,
    int CustomMetrics,
    int Dashboards,
    int ContributorInsightsRules,
    double ContributorInsightsEventsPerTablePerTick = 1,
    int KmsKeys = 1)
{
    /// <summary>
    /// The monitoring the stack deploys, counted from the definitions infra/ deploys (alarms, metrics the function writes,
    /// Contributor Insights rules), so the cost table cannot drift from the stack.
    /// </summary>
    public static StackDesign Default { get; } = FromDeployment();

    private static StackDesign FromDeployment()
    {
        var names = new ResourceNames("incremental-export", "bench");
        return new StackDesign(
            Alarms: AlarmDefinitions.ForStack(names, names.StateTable, names.Function, lagAlarmMinutes: 60).Count,
            // The lake's metrics exist only with dataLake on, which the model does not price (no Athena).
            CustomMetrics: MetricNames.All.Count - MetricNames.Lake.Count,
            Dashboards: 1,
            ContributorInsightsRules: InsightRules.ForStack(names, "/aws/lambda/" + names.Function, lagAlarmMinutes: 60).Count);
    }
}
