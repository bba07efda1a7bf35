namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// Makes a failing scenario as short as it will go: drops steps (from the end back) while the scenario still
/// fails, until no single step can be dropped, so the printed sequence is the one that matters.
/// </summary>
public static class Shrinker
{
    public static async Task<ScenarioResult> ShrinkAsync(
        ScenarioResult failing, Func<TimeProvider, Task<SimulationBackend>>? backend = null, int maxRuns = 2000)
    {
        backend ??= SimulationBackend.InProcessAsync;
        ArgumentNullException.ThrowIfNull(failing);
        var best = failing;
        var actions = failing.Scenario.Actions.Take(failing.FailedAtStep is { } at ? at + 1 : failing.Scenario.Actions.Count).ToList();
        var runs = 0;
        bool shrunk;
        do
        {
            shrunk = false;
            for (var i = actions.Count - 1; i >= 0 && runs < maxRuns; i--)
            {
                var candidate = actions.Where((_, j) => j != i).ToList();
                runs++;
                var result = await ScenarioRunner.RunAsync(failing.Scenario with { Actions = candidate }, backend);
                if (!result.Passed)
                {
                    (actions, best, shrunk) = (candidate, result, true);
                }
            }
        }
        while (shrunk && runs < maxRuns);

        return best;
    }
}
