namespace IncrementalExport.Core.Contract;

/// <summary>
/// The CloudWatch metrics the function writes in Embedded Metric Format once per tick, and the stack's alarms and
/// dashboard watch. They are stack-level on purpose: a custom metric costs about $0.30 a month per name and
/// dimension value, so a metric per table would cost more than exporting it. Which table is behind or blocked is
/// in the per-table <c>tableTick</c> log lines (Contributor Insights rules and Logs Insights queries read them).
/// </summary>
public static class MetricNames
{
    /// <summary>The metric namespace.</summary>
    public const string Namespace = "IncrementalExport";

    /// <summary>The one dimension: the environment's state table, unique per stack, so two stacks in one account never mix.</summary>
    public const string StackDimension = "StateTable";

    /// <summary>The largest lag (now minus watermark) among the tables ticked, in seconds; absent until some table has one.</summary>
    public const string MaxLagSeconds = "MaxLagSeconds";

    /// <summary>Tables left Blocked by the tick (PITR off, table missing, PITR gap, repeated failures).</summary>
    public const string BlockedTables = "BlockedTables";

    /// <summary>Exports the tick started.</summary>
    public const string ExportsStarted = "ExportsStarted";

    /// <summary>Exports the tick saw COMPLETED and recorded.</summary>
    public const string ExportsCompleted = "ExportsCompleted";

    /// <summary>Exports (or starts) the tick saw fail.</summary>
    public const string ExportsFailed = "ExportsFailed";

    /// <summary>Tables whose step was Error (the state table or an AWS call failed unexpectedly).</summary>
    public const string TableErrors = "TableErrors";

    /// <summary>Seconds from the end of the tick to the wake-up it left pending; absent when only the safety-net schedule is due.</summary>
    public const string NextWakeUpSeconds = "NextWakeUpSeconds";

    /// <summary>1 when the tick could not program its wake-up (the safety-net schedule then makes up for it), else 0.</summary>
    public const string WakeUpErrors = "WakeUpErrors";

    /// <summary>With the data lake on: the largest apply lag (now minus the end of the last applied export's window); absent until some table has applied.</summary>
    public const string MaxApplyLagSeconds = "MaxApplyLagSeconds";

    /// <summary>With the data lake on: tables whose apply chain is Blocked (their exports go on; resume retries the apply).</summary>
    public const string ApplyBlockedTables = "ApplyBlockedTables";

    /// <summary>The metrics written only with the data lake on.</summary>
    public static IReadOnlyList<string> Lake { get; } = [MaxApplyLagSeconds, ApplyBlockedTables];

    /// <summary>Every metric the function writes, in the order of the EMF line.</summary>
    public static IReadOnlyList<string> All { get; } =
        [MaxLagSeconds, BlockedTables, ExportsStarted, ExportsCompleted, ExportsFailed, TableErrors, NextWakeUpSeconds, WakeUpErrors, MaxApplyLagSeconds, ApplyBlockedTables];
}
