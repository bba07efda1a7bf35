namespace IncrementalExport.Core.Model;

/// <summary>One query execution's status.</summary>
/// <param name="QueryExecutionId">Its id.</param>
/// <param name="State">Its state.</param>
/// <param name="StateChangeReason">Why it failed or was cancelled, when Athena says.</param>
public sealed record AthenaQueryStatus(string QueryExecutionId, AthenaQueryState State, string? StateChangeReason);
