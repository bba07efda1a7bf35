namespace IncrementalExport.Core.Engine;

/// <summary>What one tick did (or, for a plan, would do) for one table.</summary>
public enum StepKind
{
    /// <summary>Nothing to start yet: the next window is shorter than 15 minutes (or the table is up to date).</summary>
    Waiting,

    /// <summary>A full export was started (new table, reset, or a PITR gap with onPitrGap = fullExport).</summary>
    StartedFull,

    /// <summary>An incremental export was started.</summary>
    StartedIncremental,

    /// <summary>The export in flight is still IN_PROGRESS.</summary>
    InProgress,

    /// <summary>The export in flight COMPLETED and was recorded; the watermark moved.</summary>
    Completed,

    /// <summary>The export in flight (or its start) FAILED; the window will be retried.</summary>
    Failed,

    /// <summary>The table is (or became) Blocked.</summary>
    Blocked,

    /// <summary>Paused by an operator: nothing started.</summary>
    Paused,

    /// <summary>Another invocation changed the state first; this tick left the table alone.</summary>
    Superseded,

    /// <summary>Throttling, a 5xx or the account export limit: nothing changed, the next tick retries.</summary>
    Deferred,

    /// <summary>The in-flight cap (maxExportsInFlight) is reached: nothing started.</summary>
    CapReached,

    /// <summary>The invocation's time was running out: nothing started.</summary>
    DeadlineReached,

    /// <summary>An unexpected error (state table missing, access denied, …); nothing was changed by it.</summary>
    Error,
}
