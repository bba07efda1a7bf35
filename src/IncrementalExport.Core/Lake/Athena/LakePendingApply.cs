namespace IncrementalExport.Core.Lake.Athena;

/// <summary>An apply in progress: its statements, which one runs, and that statement's query once started.</summary>
/// <param name="Apply">The statements and the position they lead to.</param>
/// <param name="Statement">The index of the statement running (or to start).</param>
/// <param name="QueryExecutionId">Its query, once StartQueryExecution answered.</param>
public sealed record LakePendingApply(LakeApply Apply, int Statement, string? QueryExecutionId);
