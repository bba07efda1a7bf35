using IncrementalExport.Core.Model;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// One table's state writes in one tick, each conditional on the version read, and the results they lead to. Keeps the
/// last state written, so an error after a write reports what the write left.
/// </summary>
internal sealed class TableWriter(IStateStore store, string table, TimeProvider time)
{
    /// <summary>The last state this tick wrote for the table, if any.</summary>
    public TableState? Written { get; private set; }

    /// <summary>Writes <paramref name="next"/> if the stored version is still <paramref name="expectedVersion"/>; false when another invocation changed it first.</summary>
    public async Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken)
    {
        if (!await store.TryWriteAsync(next, expectedVersion, cancellationToken))
        {
            return false;
        }

        Written = next;
        return true;
    }

    /// <summary>Adds a completed export to the table's history (before the watermark moves past it).</summary>
    public Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken) => store.PutHistoryAsync(entry, cancellationToken);

    /// <summary>Writes <paramref name="next"/> over <paramref name="read"/>: the result of <paramref name="step"/>, or Superseded when another invocation was first.</summary>
    public async Task<StepResult> WriteAsync(
        TableState next, TableState read, StepKind step, string detail, string? arn, CancellationToken cancellationToken)
    {
        var window = read.InFlight?.Window;
        return await TryWriteAsync(next, read.Version, cancellationToken)
            ? Result(step, detail, next, window, arn)
            : Result(StepKind.Superseded, StepText.Superseded, read, window, arn);
    }

    /// <summary>A result that leaves the table in <paramref name="state"/>; window and ARN default to its export in flight.</summary>
    public StepResult Result(StepKind step, string detail, TableState state, ExportWindow? window = null, string? arn = null) =>
        StepResult.Of(table, step, detail, state, time.GetUtcNow(), window, arn);
}
