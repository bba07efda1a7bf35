using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.FaultCampaign;

/// <summary>
/// The campaign's wake-up scenarios (<see cref="WakeUpScenarios"/>): time driven by the function's own wake-ups, with
/// lost and late ones, then a check that no table stalled. One for every four ordinary scenarios, in process.
/// </summary>
internal static class WakeUpRound
{
    public static async Task<(long Steps, ScenarioResult? Failure)> RunAsync(CampaignOptions options, Dictionary<string, long> totals)
    {
        long steps = 0;
        for (var i = 0; i < Math.Max(1, options.Scenarios / 4); i++)
        {
            var result = await WakeUpScenarios.RunAsync(WakeUpScenarios.Generate(options.Seed + i, options.Steps));
            steps += result.StepsRun;
            totals["wake-up scenarios"] = totals.GetValueOrDefault("wake-up scenarios") + 1;
            foreach (var (kind, count) in result.Events)
            {
                totals[kind] = totals.GetValueOrDefault(kind) + count;
            }

            if (!result.Passed)
            {
                return (steps, result);
            }
        }

        return (steps, null);
    }
}
