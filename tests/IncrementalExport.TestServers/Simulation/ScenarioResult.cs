namespace IncrementalExport.TestServers.Simulation;

/// <summary>What one scenario did and whether every invariant held after every step.</summary>
public sealed record ScenarioResult(
    Scenario Scenario,
    int StepsRun,
    IReadOnlyDictionary<string, int> Events,
    IReadOnlyList<string> Violations,
    int? FailedAtStep)
{
    public bool Passed => Violations.Count == 0;
}
