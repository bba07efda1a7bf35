namespace IncrementalExport.Core.Deployment;

/// <summary>
/// The CloudWatch metrics the Lambda writes in Embedded Metric Format and the stack's alarms watch.
/// One place, so a renamed metric cannot leave an alarm watching nothing.
/// </summary>
public static class MetricNames
{
    /// <summary>The metric namespace.</summary>
    public const string Namespace = "IncrementalExport";

    /// <summary>The one dimension: the source table's name.</summary>
    public const string TableDimension = "Table";

    /// <summary>Seconds between now and the table's watermark (the end of its last exported window).</summary>
    public const string LagSeconds = "LagSeconds";

    /// <summary>Exports started by a tick (count).</summary>
    public const string ExportsStarted = "ExportsStarted";

    /// <summary>Exports seen COMPLETED by a tick (count).</summary>
    public const string ExportsCompleted = "ExportsCompleted";

    /// <summary>Exports seen FAILED by a tick (count).</summary>
    public const string ExportsFailed = "ExportsFailed";

    /// <summary>1 when the table is Blocked (PITR off, table missing, PITR gap, repeated failures), else 0.</summary>
    public const string Blocked = "Blocked";
}
