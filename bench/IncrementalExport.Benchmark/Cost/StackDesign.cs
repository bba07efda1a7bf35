namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// What the stack runs whatever its table count: the monitoring is stack-level (no per-table metric dimensions, no
/// per-table alarms; tables are named in structured log lines and ranked by a Contributor Insights rule), so its cost is
/// shared by every table. The counts are parameters: the stack's exact alarm and metric set is the deployment's.
/// </summary>
/// <param name="Alarms">Standard-resolution metric alarms of the stack.</param>
/// <param name="CustomMetrics">Custom metrics (name + dimensions) the function publishes, for the whole stack.</param>
/// <param name="Dashboards">CloudWatch dashboards (the first three of an account are free; not deducted).</param>
/// <param name="ContributorInsightsRules">Contributor Insights rules over the function's log group.</param>
/// <param name="ContributorInsightsEventsPerTablePerTick">Log events per table per tick the rules match (one structured line per table).</param>
/// <param name="KmsKeys">Customer managed KMS keys of the stack.</param>
internal sealed record StackDesign(
    int Alarms = 3,
    int CustomMetrics = 7, // with NextWakeUpSeconds and WakeUpErrors
    int Dashboards = 1,
    int ContributorInsightsRules = 1,
    double ContributorInsightsEventsPerTablePerTick = 1,
    int KmsKeys = 1)
{
    public static StackDesign Default { get; } = new();
}
