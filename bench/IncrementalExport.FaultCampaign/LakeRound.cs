using System.Globalization;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.FaultCampaign;

/// <summary>
/// The campaign's apply-chain scenarios (<see cref="LakeScenario"/>): the lake's apply chain through the Athena adapter
/// against the fake Athena running on DuckDB, with crashes between any two steps, failed and cancelled queries and
/// throttled calls; after settling, every table's view must equal its source. One for every 50 ordinary scenarios
/// (each runs a few hundred DuckDB statements).
/// </summary>
internal static class LakeRound
{
    public static async Task<(long Steps, LakeScenarioResult? Failure)> RunAsync(CampaignOptions options, Dictionary<string, long> totals)
    {
        long steps = 0;
        for (var i = 0; i < Math.Max(1, options.Scenarios / 50); i++)
        {
            var result = await LakeScenario.RunAsync(options.Seed + i);
            steps += result.Ticks;
            totals["lake scenarios"] = totals.GetValueOrDefault("lake scenarios") + 1;
            foreach (var (kind, count) in result.Events)
            {
                totals["lake: " + kind] = totals.GetValueOrDefault("lake: " + kind) + count;
            }

            if (!result.Passed)
            {
                return (steps, result);
            }
        }

        return (steps, null);
    }

    public static void WriteFailure(TextWriter output, LakeScenarioResult failure)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### Apply-chain violation: seed {failure.Seed}, after {failure.Ticks} ticks"));
        foreach (var violation in failure.Violations)
        {
            output.WriteLine($"- {violation}");
        }
    }
}
