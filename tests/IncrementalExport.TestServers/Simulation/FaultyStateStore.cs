using IncrementalExport.Core.Model;
using IncrementalExport.Core.State;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// The state table as one invocation sees it, with that invocation's faults, and optionally reading a snapshot
/// taken earlier: an invocation that overlapped another and read before the other wrote.
/// </summary>
internal sealed class FaultyStateStore(IStateStore inner, InvocationFaults faults, IReadOnlyDictionary<string, TableState>? staleReads = null) : IStateStore
{
    private readonly HashSet<string> _staleServed = new(StringComparer.Ordinal);

    public Task<TableState?> GetAsync(string table, CancellationToken cancellationToken) => faults.Around(() =>
    {
        lock (_staleServed)
        {
            // Only the first read is stale: a later read in the same invocation sees what is stored now.
            if (staleReads is not null && _staleServed.Add(table))
            {
                return Task.FromResult(staleReads.GetValueOrDefault(table));
            }
        }

        return inner.GetAsync(table, cancellationToken);
    });

    public Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken) =>
        faults.Around(() => inner.TryWriteAsync(next, expectedVersion, cancellationToken));

    public Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken) =>
        faults.Around(() => inner.PutHistoryAsync(entry, cancellationToken));

    public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken) =>
        faults.Around(() => inner.GetHistoryAsync(table, cancellationToken));
}
