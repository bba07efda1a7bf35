using IncrementalExport.Core.Lake.Athena;

namespace IncrementalExport.TestServers.Lake;

/// <summary>
/// The apply chains' items in memory (the same contract <see cref="DynamoDbLakeStateStore"/> keeps against dynalite),
/// with a crash before or after a write on demand.
/// </summary>
internal sealed class InMemoryLakeStateStore : ILakeStateStore
{
    private readonly Dictionary<string, LakeChainRead> _items = new(StringComparer.Ordinal);

    /// <summary>Asked before each write: throw before it, throw after it, or neither.</summary>
    public Func<(bool Before, bool After)> Crash { get; set; } = () => (false, false);

    public int Writes { get; private set; }

    public LakeChainState this[string table] => _items.TryGetValue(table, out var r) ? r.State : LakeChainState.Empty;

    /// <summary>Tables whose item reads as malformed, as a hand-edited or corrupted item would.</summary>
    public HashSet<string> Malformed { get; } = new(StringComparer.Ordinal);

    public Task<LakeChainRead> GetAsync(string table, CancellationToken cancellationToken) =>
        Malformed.Contains(table)
            ? throw new InvalidDataException($"the LAKE item of '{table}' is malformed")
            : Task.FromResult(_items.TryGetValue(table, out var r) ? r : new LakeChainRead(LakeChainState.Empty, 0));

    public Task<bool> TryWriteAsync(string table, LakeChainState next, long expectedVersion, CancellationToken cancellationToken)
    {
        var (before, after) = Crash();
        if (before)
        {
            throw new TimeoutException("crash before the write");
        }

        var stored = _items.TryGetValue(table, out var r) ? r.Version : 0;
        if (stored != expectedVersion)
        {
            return Task.FromResult(false);
        }

        _items[table] = new LakeChainRead(next, expectedVersion + 1);
        Writes++;
        return after ? throw new TimeoutException("crash after the write") : Task.FromResult(true);
    }
}
