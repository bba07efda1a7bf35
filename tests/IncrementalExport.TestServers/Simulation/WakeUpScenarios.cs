namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// Scenarios driven by the wake-up: time passes from one invocation to the next as the stack makes them, with lost and
/// late wake-ups, failing exports, pauses, faulty and overlapping ticks; then clean wake-ups (settling: enough for
/// every queued export failure to be met and retried), after which no table that may export may be further behind than one window, the PITR lag, the margin, an export and the wake-up's
/// precision. Every invariant of the campaign is checked after every step.
/// </summary>
public static class WakeUpScenarios
{
    private const int CleanWakeUps = 16;
    private const int WakeUpsPerQueuedFailure = 12;
    private static readonly int[] Windows = [15, 30, 60];

    /// <summary>The PITR lag of the model (LatestRestorableDateTime behind now).</summary>
    public static readonly TimeSpan PitrLag = TimeSpan.FromMinutes(5);

    public static Scenario Generate(int seed, int steps = 50)
    {
        var rng = new Random(seed);
        var tables = rng.Next(1, 4);
        var drawn = Enumerable.Range(0, steps).Select(_ => NextAction(rng, tables)).ToList();

        // Settling: clean wake-ups, enough for every export failure still queued to be met and retried.
        var settle = CleanWakeUps + (WakeUpsPerQueuedFailure * drawn.Count(a => a is SimAction.FailNextExport));
        var actions = drawn.Concat(Enumerable.Repeat<SimAction>(new SimAction.WakeUp(false, TimeSpan.Zero), settle)).ToList();
        // Start times apart (and windows not aligned in a quarter of the scenarios) put the tables' due times apart,
        // so a wake-up for any but the earliest table shows as a table left behind.
        var window = Windows[rng.Next(Windows.Length)];
        var align = rng.Next(4) != 0;
        var startTimes = Enumerable.Range(0, tables).Select(_ => rng.Next(2) == 0 ? (TimeSpan?)null : TimeSpan.FromMinutes(rng.Next(20, 120))).ToList();
        return new Scenario(seed, tables, window, align, 1440, false, rng.Next(1, 5), startTimes, actions);
    }

    /// <summary>Runs <paramref name="scenario"/> in process and checks that nothing stalled at its end.</summary>
    public static async Task<ScenarioResult> RunAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var world = await SimulationWorld.CreateAsync(scenario, SimulationBackend.InProcessAsync);
        await using var resources = world.Backend;
        IReadOnlyList<string> violations = [];
        var step = 0;
        // The last invocations of settling are each checked for a table left behind, not only the very last.
        var checkFrom = scenario.Actions.Count - (CleanWakeUps / 2);
        for (; step < scenario.Actions.Count && violations.Count == 0; step++)
        {
            await ActionExecutor.ApplyAsync(world, scenario.Actions[step]);
            violations = await world.CheckAsync(settled: false);
            if (violations.Count == 0 && step >= checkFrom)
            {
                violations = await WakeUps.StalledAsync(world, PitrLag);
            }
        }

        var exports = world.Model.Exports;
        world.Count("exports started", exports.Count);
        world.Count("exports FAILED", exports.Count(e => e.Status == IncrementalExport.Emulator.ControlPlane.FakeExport.Failed));
        world.Count("exports completed", exports.Count(e => e.Status == IncrementalExport.Emulator.ControlPlane.FakeExport.Completed));
        return new ScenarioResult(scenario, step, new Dictionary<string, int>(world.Events, StringComparer.Ordinal), violations, violations.Count > 0 ? step : null);
    }

    private static SimAction NextAction(Random rng, int tables) => rng.Next(100) switch
    {
        < 60 => new SimAction.WakeUp(rng.Next(5) == 0, rng.Next(4) == 0 ? TimeSpan.FromMinutes(rng.Next(1, 6)) : TimeSpan.Zero),
        < 70 => new SimAction.Tick(rng.Next(4) == 0 ? [rng.Next(tables)] : null, rng.Next(3) == 0 ? null : (FaultKind)rng.Next(4), rng.Next(12)),
        < 75 => new SimAction.Overlap(rng.Next(2) == 0, rng.Next(3) == 0 ? null : (FaultKind)rng.Next(4), rng.Next(12), rng.Next(12)),
        < 82 => new SimAction.FailNextExport(),
        < 88 => new SimAction.Pause(rng.Next(tables)),
        < 96 => new SimAction.Resume(rng.Next(tables)),
        _ => new SimAction.Advance(TimeSpan.FromMinutes(rng.Next(1, 10))),
    };
}
