using System.Text.Json.Nodes;

namespace IncrementalExport.Emulator.Recording;

/// <summary>
/// The items of one table when PITR was turned on, and every write seen since: enough to answer "the table as of T"
/// (a full export) and "what changed in [from, to)" (an incremental export). Thread-safe; writes to the table are
/// serialized through <see cref="WriteGate"/> so each change's images are exact.
/// </summary>
public sealed class TableJournal
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyDictionary<string, string> _baseline;
    private readonly List<ItemChange> _changes = [];

    internal TableJournal(string table, IReadOnlyList<string> keyNames, DateTimeOffset since, IEnumerable<string> baselineItems)
    {
        Table = table;
        KeyNames = keyNames;
        Since = since;
        _baseline = baselineItems.ToDictionary(item => KeyOf(JsonNode.Parse(item)!.AsObject()), item => item, StringComparer.Ordinal);
    }

    /// <summary>The table's name.</summary>
    public string Table { get; }

    /// <summary>The key attributes: partition key, then sort key if any.</summary>
    public IReadOnlyList<string> KeyNames { get; }

    /// <summary>When recording started (PITR turned on).</summary>
    public DateTimeOffset Since { get; }

    /// <summary>Held while one write is read, forwarded and read again.</summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>Every change recorded so far, in the order they landed.</summary>
    public IReadOnlyList<ItemChange> Changes
    {
        get
        {
            lock (_gate)
            {
                return _changes.ToList();
            }
        }
    }

    /// <summary>The identity of the item or key <paramref name="itemOrKey"/>: its key attributes' DynamoDB JSON.</summary>
    public string KeyOf(JsonObject itemOrKey) => ProjectKeys(itemOrKey).ToJsonString();

    /// <summary>Only the key attributes of <paramref name="itemOrKey"/>, in key-schema order.</summary>
    public JsonObject ProjectKeys(JsonObject itemOrKey) =>
        TryProjectKeys(itemOrKey) ?? throw new InvalidOperationException($"an item of '{Table}' without its key attributes");

    /// <summary>Only the key attributes, or null when one is missing (a request dynalite will reject).</summary>
    public JsonObject? TryProjectKeys(JsonObject itemOrKey)
    {
        var keys = new JsonObject();
        foreach (var name in KeyNames)
        {
            if (itemOrKey[name] is not { } value)
            {
                return null;
            }

            keys[name] = value.DeepClone();
        }

        return keys;
    }

    internal void Record(ItemChange change)
    {
        lock (_gate)
        {
            _changes.Add(change);
        }
    }

    /// <summary>The items as they were at <paramref name="time"/> (writes at exactly that time included).</summary>
    public IReadOnlyList<string> ItemsAt(DateTimeOffset time)
    {
        var items = _baseline.ToDictionary(kv => kv.Key, kv => (string?)kv.Value, StringComparer.Ordinal);
        foreach (var change in Changes.Where(c => c.At <= time))
        {
            items[change.Keys] = change.New;
        }

        return items.Values.Where(v => v is not null).Select(v => v!).ToList();
    }

    /// <summary>The writes in [<paramref name="from"/>, <paramref name="to"/>), in the order they landed.</summary>
    public IReadOnlyList<ItemChange> ChangesIn(DateTimeOffset from, DateTimeOffset to) =>
        Changes.Where(c => c.At >= from && c.At < to).ToList();
}
