using System.Diagnostics;
using IncrementalExport.TestServers.Lake;
using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.FaultCampaign;

/// <summary>
/// Runs the engine through many randomized scenarios against the in-process model of AWS and the state table,
/// checking every invariant after every step, then the wake-up scenarios and the lake's apply-chain scenarios; prints the counts and, on a violation, the seed and the shortest
/// failing sequence.
/// </summary>
internal static class Campaign
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (CampaignOptions.Parse(args, error) is not { } options)
        {
            error.WriteLine(CampaignOptions.Usage);
            return 2;
        }

        Func<TimeProvider, Task<SimulationBackend>> backend = options.Servers ? SimulationBackend.ServersAsync : SimulationBackend.InProcessAsync;
        var clock = Stopwatch.StartNew();
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        long steps = 0;
        ScenarioResult? failure = null;
        for (var i = 0; i < options.Scenarios && failure is null; i++)
        {
            var result = await ScenarioRunner.RunAsync(ScenarioGenerator.Generate(options.Seed + i, options.Steps), backend);
            steps += result.StepsRun;
            foreach (var (kind, count) in result.Events)
            {
                totals[kind] = totals.GetValueOrDefault(kind) + count;
            }

            failure = result.Passed ? null : result;
        }

        ScenarioResult? wakeUpFailure = null;
        if (failure is null)
        {
            (var wakeUpSteps, wakeUpFailure) = await WakeUpRound.RunAsync(options, totals);
            steps += wakeUpSteps;
        }

        LakeScenarioResult? lakeFailure = null;
        if (failure is null && wakeUpFailure is null)
        {
            (var lakeSteps, lakeFailure) = await LakeRound.RunAsync(options, totals);
            steps += lakeSteps;
        }

        CampaignReport.Write(output, options, steps, totals, failure is null && wakeUpFailure is null && lakeFailure is null ? 0 : 1, clock.Elapsed);
        if (lakeFailure is not null)
        {
            LakeRound.WriteFailure(output, lakeFailure);
            return 1;
        }

        if (wakeUpFailure is not null)
        {
            CampaignReport.WriteFailure(output, wakeUpFailure, wakeUpFailure);
            return 1;
        }

        if (failure is null)
        {
            return 0;
        }

        var shortest = await Shrinker.ShrinkAsync(failure, backend, options.Servers ? 200 : 2000);
        CampaignReport.WriteFailure(output, failure, shortest);
        return 1;
    }
}
