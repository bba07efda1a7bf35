namespace IncrementalExport.Benchmark;

/// <summary>Order statistics for the repetitions.</summary>
internal static class Stats
{
    /// <summary>The median; for an even count the lower of the two middle values (a value that was measured).</summary>
    public static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? throw new ArgumentException("no values", nameof(values)) : sorted[(sorted.Length - 1) / 2];
    }
}
