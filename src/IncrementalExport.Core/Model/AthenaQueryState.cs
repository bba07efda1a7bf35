namespace IncrementalExport.Core.Model;

/// <summary>Status.State of a query execution, as GetQueryExecution reports it.</summary>
public enum AthenaQueryState
{
    /// <summary>QUEUED: accepted, not yet running.</summary>
    Queued,

    /// <summary>RUNNING.</summary>
    Running,

    /// <summary>SUCCEEDED.</summary>
    Succeeded,

    /// <summary>FAILED: StateChangeReason says why.</summary>
    Failed,

    /// <summary>CANCELLED: stopped by a user or by the workgroup's bytes-scanned cutoff.</summary>
    Cancelled,
}
