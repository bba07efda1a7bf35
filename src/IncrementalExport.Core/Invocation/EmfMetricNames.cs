namespace IncrementalExport.Core.Invocation;

/// <summary>
/// The CloudWatch names the function publishes and the stack's alarms read.
/// The same values as Deployment/MetricNames (another branch); unified at merge.
/// </summary>
internal static class EmfMetricNames
{
    public const string Namespace = "IncrementalExport";
    public const string Dimension = "Table";
    public const string LagSeconds = "LagSeconds";
    public const string ExportsStarted = "ExportsStarted";
    public const string ExportsCompleted = "ExportsCompleted";
    public const string ExportsFailed = "ExportsFailed";
    public const string Blocked = "Blocked";
    public const string SecondsUnit = "Seconds";
    public const string CountUnit = "Count";
}
