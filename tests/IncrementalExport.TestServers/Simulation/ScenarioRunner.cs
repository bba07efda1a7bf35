using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// Runs a scenario step by step, checks every invariant after every step, then settles the world (no faults,
/// every table configured with PITR on, ticks until what was in flight has ended, then time for at least two more
/// windows to become due, ticked until nothing is in flight) and checks that every completed export was recorded and
/// that every table made progress.
/// </summary>
public static class ScenarioRunner
{
    private const int SettleRounds = 5;

    // Enough for a table 35 days (the longest PITR window) behind with 15-minute windows, and then some.
    private const int MaxCatchUpTicks = 4000;

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

        // Progress: exports now complete at once, so a table catches up without AWS's clock running away from it;
        // then enough time passes for two more windows to be due, and every table must have exported them.
        world.Clock.Advance(world.Model.ExportDuration);
        world.Model.ExportDuration = TimeSpan.Zero;
        var stuck = await CatchUpAsync(world);
        var settings = world.Settings;
        var longest = TimeSpan.FromMinutes(Enumerable.Range(0, scenario.TableCount).Max(scenario.LongestWindowMinutes));
        world.Clock.Advance((2 * longest) + settings.SafetyMargin + TimeSpan.FromMinutes(15));
        stuck ??= await CatchUpAsync(world);

        IReadOnlyList<string> settled = [.. stuck is null ? [] : new[] { stuck }, .. await world.CheckAsync(settled: true)];
        return Result(world, scenario, scenario.Actions.Count, settled, settled.Count > 0 ? scenario.Actions.Count : null);
    }

    /// <summary>
    /// Ticks until a tick changes no state and leaves nothing in flight (a failed window is retried by a later tick, so
    /// "nothing in flight" alone is not the end); the violation when that never happens.
    /// </summary>
    private static async Task<string?> CatchUpAsync(SimulationWorld world)
    {
        var states = await world.SnapshotAsync();
        for (var tick = 0; tick < MaxCatchUpTicks; tick++)
        {
            // A minute passes between ticks, as between real invocations: an export in flight is described only once
            // it could have finished, so ticks at one instant would never see it complete.
            world.Clock.Advance(TimeSpan.FromMinutes(1));
            world.Count("ticks while settling for the progress check");
            await ActionExecutor.TickAsync(world, InvocationFaults.None, count: false);
            var before = states;
            states = await world.SnapshotAsync();
            if (states.Values.All(s => s.InFlight is null && before.GetValueOrDefault(s.Table)?.Version == s.Version))
            {
                return null;
            }
        }

        var inFlight = states.Values.Where(s => s.InFlight is not null).Select(s => $"{s.Table} {s.InFlight!.Window} {s.InFlight.ExportArn ?? "(not started)"}");
        return $"did not settle: exports still in flight after {MaxCatchUpTicks} ticks without faults: {string.Join("; ", inFlight)}";
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
        // Longer than the environment's window plus the stretch of a first window after an off-grid watermark.
        var window = TimeSpan.FromMinutes(scenario.WindowMinutes) + TimeSpan.FromMinutes(15);
        world.Count(
            "incremental windows longer than the environment's (own or adaptive)",
            exports.Count(e => e.Parameters.Incremental is { } w && w.To - w.From > window));
        world.Count("scenarios with tables' own windows", scenario.TableWindowMinutes is null ? 0 : 1);
        world.Count("scenarios with adaptive windows", scenario.AdaptiveLimitMinutes is null ? 0 : 1);
        return new ScenarioResult(scenario, steps, new Dictionary<string, int>(world.Events, StringComparer.Ordinal), violations, failedAt);
    }
}
