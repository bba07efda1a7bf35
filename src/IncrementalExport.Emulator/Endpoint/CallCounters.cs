using System.Collections.Concurrent;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>Calls the endpoint received, per operation, whether served, forwarded to dynalite or failed by injection.</summary>
public sealed class CallCounters
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Calls of one operation, e.g. "DescribeExport".</summary>
    public long Count(string operation) => _counts.GetValueOrDefault(operation);

    /// <summary>All calls.</summary>
    public long Total => _counts.Values.Sum();

    /// <summary>A copy of the counts.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>Starts counting from zero.</summary>
    public void Reset() => _counts.Clear();

    internal void Increment(string operation) => _counts.AddOrUpdate(operation, 1, (_, n) => n + 1);
}
