namespace IncrementalExport.Core.Lake.Athena;

/// <summary>An apply in progress: its statements, which one runs, and that statement's query once started.</summary>
/// <param name="Apply">The statements and the position they lead to.</param>
/// <param name="Statement">The index of the statement running (or to start).</param>
/// <param name="QueryExecutionId">Its query, once StartQueryExecution answered.</param>
public sealed record LakePendingApply(LakeApply Apply, int Statement, string? QueryExecutionId)
{
    /// <summary>
    /// The apply's exports are being typed: <see cref="Apply"/> holds only the typing query (<see cref="LakeTyping"/>),
    /// whose answer gives the columns the apply's statements add; they are recorded once it is read.
    /// </summary>
    public bool Typing { get; init; }

    /// <summary>The typing query SUCCEEDED: its results (GetQueryResults of <see cref="QueryExecutionId"/>) are read next.</summary>
    public bool Typed { get; init; }
}
