using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>
/// The state table. Every state write is conditional on the version read; history puts are idempotent.
/// Implemented once over IAmazonDynamoDB (<c>DynamoDbStateStore</c>).
/// </summary>
internal interface IStateStore
{
    /// <summary>The stored state (consistent read), or null when the table has none yet.</summary>
    Task<TableState?> GetAsync(string table, CancellationToken cancellationToken);

    /// <summary>
    /// The states of <paramref name="tables"/> (consistent reads; a table with none stored gets a new table's state), each
    /// with the error that kept it from being read instead. This default reads them one by one, <paramref name="parallelism"/>
    /// at a time; the DynamoDB store reads a hundred per request.
    /// </summary>
    async Task<IReadOnlyDictionary<string, ItemRead<TableState>>> GetManyAsync(IReadOnlyCollection<string> tables, int parallelism, CancellationToken cancellationToken)
    {
        var reads = new System.Collections.Concurrent.ConcurrentDictionary<string, ItemRead<TableState>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            tables,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (table, token) =>
            {
                try
                {
                    reads[table] = new ItemRead<TableState>(await GetAsync(table, token) ?? TableState.NewTable(table), null);
                }
                catch (Exception e) when (e is Aws.AwsCallException or InvalidDataException)
                {
                    reads[table] = new ItemRead<TableState>(null, e);
                }
            });
        return new Dictionary<string, ItemRead<TableState>>(reads, StringComparer.Ordinal);
    }

    /// <summary>
    /// Stores <paramref name="next"/> (whose Version is expectedVersion + 1) if the stored version is still
    /// <paramref name="expectedVersion"/> (0: no item yet). False when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Writes one history entry; writing the same entry again changes nothing.</summary>
    Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken);

    /// <summary>A table's history in (epoch, sequence) order.</summary>
    Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken);

    /// <summary>The entries of <paramref name="epoch"/> from <paramref name="fromSequence"/> on, in sequence order.</summary>
    async Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, int epoch, int fromSequence, CancellationToken cancellationToken) =>
        [.. (await GetHistoryAsync(table, cancellationToken)).Where(e => e.Epoch == epoch && e.Sequence >= fromSequence)];
}
