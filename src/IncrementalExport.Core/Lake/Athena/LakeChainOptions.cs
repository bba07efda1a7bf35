namespace IncrementalExport.Core.Lake.Athena;

/// <summary>How the apply chain runs.</summary>
/// <param name="MaxExports">Consecutive exports merged in one apply (applyEveryMinutes / the export interval).</param>
/// <param name="MaxFailures">Failed attempts of one statement before the chain is Blocked.</param>
/// <param name="FirstBackoff">The wait after the first failure; it doubles after each further one.</param>
/// <param name="CompactEvery">Merges between two compactions (OPTIMIZE then VACUUM).</param>
public sealed record LakeChainOptions(int MaxExports = 1, int MaxFailures = 4, TimeSpan? FirstBackoff = null, int CompactEvery = 96)
{
    /// <summary>The wait before attempt number <paramref name="failures"/> + 1.</summary>
    public TimeSpan Backoff(int failures) => (FirstBackoff ?? TimeSpan.FromMinutes(5)) * Math.Pow(2, Math.Max(0, failures - 1));
}
