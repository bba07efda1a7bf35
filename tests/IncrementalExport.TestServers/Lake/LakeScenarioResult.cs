namespace IncrementalExport.TestServers.Lake;

/// <summary>What one apply-chain scenario did and what, if anything, was wrong once it settled.</summary>
/// <param name="Seed">The scenario's seed (it is replayed from it alone).</param>
/// <param name="Ticks">Ticks run.</param>
/// <param name="Events">Counts of what happened (faults injected, queries run, resumes).</param>
/// <param name="Violations">What did not hold; empty when the scenario passed.</param>
public sealed record LakeScenarioResult(int Seed, int Ticks, IReadOnlyDictionary<string, int> Events, IReadOnlyList<string> Violations)
{
    public bool Passed => Violations.Count == 0;
}
