using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// Runs a scenario step by step, checks every invariant after every step, then settles the world (no faults,
/// every table configured with PITR on, ticks until what was in flight has ended) and checks that every
/// completed export was recorded.
/// </summary>
public static class ScenarioRunner
{
    private const int SettleRounds = 5;

    /// <summary>Runs <paramref name="scenario"/> in process.</summary>
    public static Task<ScenarioResult> RunAsync(Scenario scenario) => RunAsync(scenario, SimulationBackend.InProcessAsync);

    /// <summary>Runs <paramref name="scenario"/> on the backend <paramref name="backend"/> makes for the scenario's clock.</summary>
    public static async Task<ScenarioResult> RunAsync(Scenario scenario, Func<TimeProvider, Task<SimulationBackend>> backend)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var world = await SimulationWorld.CreateAsync(scenario, backend);
        await using var resources = world.Backend;
        for (var step = 0; step < scenario.Actions.Count; step++)
        {
            var violations = await StepAsync(world, scenario.Actions[step]);
            if (violations.Count > 0)
            {
                return Result(world, scenario, step + 1, violations, step);
            }
        }

        world.EngineClock.Skew = TimeSpan.Zero;
        world.ConfigureAll();
        for (var i = 0; i < scenario.TableCount; i++)
        {
            world.Model.SetPitr(world.Name(i), true);
        }

        for (var round = 0; round < SettleRounds; round++)
        {
            world.Clock.Advance(world.Model.ExportDuration + TimeSpan.FromMinutes(1));
            await ActionExecutor.TickAsync(world, InvocationFaults.None);
        }

        var settled = await world.CheckAsync(settled: true);
        return Result(world, scenario, scenario.Actions.Count, settled, settled.Count > 0 ? scenario.Actions.Count : null);
    }

    private static async Task<IReadOnlyList<string>> StepAsync(SimulationWorld world, SimAction action)
    {
        try
        {
            await ActionExecutor.ApplyAsync(world, action);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"{action} threw {e.GetType().Name}: {e.Message}"];
        }

        return await world.CheckAsync(settled: false);
    }

    private static ScenarioResult Result(SimulationWorld world, Scenario scenario, int steps, IReadOnlyList<string> violations, int? failedAt)
    {
        var exports = world.Model.Exports;
        world.Count("exports started", exports.Count);
        world.Count("exports FAILED", exports.Count(e => e.Status == FakeExport.Failed));
        world.Count("exports completed", exports.Count(e => e.Status == FakeExport.Completed));
        return new ScenarioResult(scenario, steps, new Dictionary<string, int>(world.Events, StringComparer.Ordinal), violations, failedAt);
    }
}
