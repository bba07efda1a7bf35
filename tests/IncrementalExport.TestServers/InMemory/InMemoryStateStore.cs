using System.Collections.Concurrent;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.State;

namespace IncrementalExport.TestServers.InMemory;

/// <summary>
/// The state table's contract in memory, for runs too many for a server (properties, the fault campaign):
/// a write lands only if the stored version is the one expected, a history entry's place is taken once.
/// The same contract is checked against dynalite by the state store's integration tests.
/// </summary>
internal sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, TableState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Table, int Epoch, int Sequence), CompletedExport> _history = new();
    private readonly Lock _gate = new();

    /// <summary>The stored states as they are now, for an invocation that will read them later (an overlap).</summary>
    public IReadOnlyDictionary<string, TableState> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, TableState>(_states, StringComparer.Ordinal);
        }
    }

    public Task<TableState?> GetAsync(string table, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(table, out var state) ? state : null);

    public Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _states.TryGetValue(next.Table, out var current) ? current.Version : 0;
            if (stored != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _states[next.Table] = next;
            return Task.FromResult(true);
        }
    }

    public Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken)
    {
        var stored = _history.GetOrAdd((entry.Table, entry.Epoch, entry.Sequence), entry);
        if (stored.ExportArn != entry.ExportArn)
        {
            throw new HistoryConflictException(
                $"history of '{entry.Table}' already has another export at epoch {entry.Epoch}, sequence {entry.Sequence}");
        }

        return Task.CompletedTask;
    }

    private int _historyReads;
    private int _wholeHistoryReads;

    /// <summary>How many times a history was read, whole or a range of it (what a tick may skip is counted here).</summary>
    public int HistoryReads => _historyReads;

    /// <summary>How many of those reads took the whole history.</summary>
    public int WholeHistoryReads => _wholeHistoryReads;

    public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _wholeHistoryReads);
        return ReadAsync(e => e.Table == table);
    }

    public Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, int epoch, int fromSequence, CancellationToken cancellationToken) =>
        ReadAsync(e => e.Table == table && e.Epoch == epoch && e.Sequence >= fromSequence);

    private Task<IReadOnlyList<CompletedExport>> ReadAsync(Func<CompletedExport, bool> which)
    {
        Interlocked.Increment(ref _historyReads);
        return Task.FromResult<IReadOnlyList<CompletedExport>>([.. _history.Values.Where(which).OrderBy(e => e.Epoch).ThenBy(e => e.Sequence)]);
    }
}
