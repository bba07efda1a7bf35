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
    /// Stores <paramref name="next"/> (whose Version is expectedVersion + 1) if the stored version is still
    /// <paramref name="expectedVersion"/> (0: no item yet). False when another writer got there first.
    /// </summary>
    Task<bool> TryWriteAsync(TableState next, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Writes one history entry; writing the same entry again changes nothing.</summary>
    Task PutHistoryAsync(CompletedExport entry, CancellationToken cancellationToken);

    /// <summary>A table's history in (epoch, sequence) order.</summary>
    Task<IReadOnlyList<CompletedExport>> GetHistoryAsync(string table, CancellationToken cancellationToken);
}
