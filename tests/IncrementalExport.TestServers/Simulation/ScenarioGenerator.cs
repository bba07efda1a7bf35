namespace IncrementalExport.TestServers.Simulation;

/// <summary>Draws a scenario from a seed; the same seed always gives the same scenario.</summary>
public static class ScenarioGenerator
{
    private static readonly int[] Windows = [15, 30, 60, 240, 1440];
    private static readonly int[] TableWindows = [15, 30, 60, 120];
    private static readonly int[] AdaptiveLimits = [60, 240, 1440];
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(9), TimeSpan.FromDays(2),
    ];

    public static Scenario Generate(int seed, int steps = 40)
    {
        var rng = new Random(seed);
        var tables = rng.Next(1, 4);
        var window = Windows[rng.Next(Windows.Length)];
        var catchUp = rng.Next(2) == 0 ? 1440 : Math.Min(1440, window * rng.Next(1, 5));
        var startTimes = Enumerable.Range(0, tables)
            .Select(_ => rng.Next(3) == 0 ? TimeSpan.FromMinutes(rng.Next(30, 3 * 1440)) : (TimeSpan?)null)
            .ToList();
        var actions = Enumerable.Range(0, steps).Select(_ => NextAction(rng, tables)).ToList();
        var scenario = new Scenario(seed, tables, window, rng.Next(4) != 0, catchUp, rng.Next(2) == 0, rng.Next(1, 5), startTimes, actions);
        return WithTableWindows(scenario, new Random(unchecked(seed * 31 + 7)));
    }

    /// <summary>
    /// A third of the scenarios give tables windows of their own, a quarter let the adaptive mode lengthen them (drawn from
    /// a second generator, so the rest of a seed's scenario stays as it was).
    /// </summary>
    private static Scenario WithTableWindows(Scenario scenario, Random rng)
    {
        List<int?>? own = rng.Next(3) == 0
            ? Enumerable.Range(0, scenario.TableCount).Select(_ => rng.Next(2) == 0 ? (int?)null : TableWindows[rng.Next(TableWindows.Length)]).ToList()
            : null;
        var longest = Enumerable.Range(0, scenario.TableCount).Max(i => own?[i] ?? scenario.WindowMinutes);
        int? adaptive = rng.Next(4) == 0 ? AdaptiveLimits.Where(l => l >= longest).DefaultIfEmpty(1440).First() : null;
        return scenario with { TableWindowMinutes = own, AdaptiveLimitMinutes = adaptive };
    }

    private static SimAction NextAction(Random rng, int tables)
    {
        var roll = rng.Next(100);
        return roll switch
        {
            < 30 => new SimAction.Tick(Subset(rng, tables), Fault(rng), rng.Next(12)),
            < 36 => new SimAction.Overlap(rng.Next(2) == 0, Fault(rng), rng.Next(12), rng.Next(12)),
            < 70 => new SimAction.Advance(Steps[rng.Next(Steps.Length)]),
            < 74 => new SimAction.FailNextExport(),
            < 78 => new SimAction.Pause(rng.Next(tables)),
            < 83 => new SimAction.Resume(rng.Next(tables)),
            < 86 => new SimAction.Reset(rng.Next(tables), rng.Next(2) == 0 ? TimeSpan.FromMinutes(rng.Next(10, 2000)) : null),
            < 90 => new SimAction.SetPitr(rng.Next(tables), rng.Next(2) == 0),
            < 94 => new SimAction.ClockJump(TimeSpan.FromMinutes(rng.Next(-120, 121))),
            < 97 => new SimAction.ToggleTable(rng.Next(tables)),
            _ => new SimAction.ChangeBucket(),
        };
    }

    private static int[]? Subset(Random rng, int tables) =>
        rng.Next(4) == 0 ? [rng.Next(tables)] : null;

    private static FaultKind? Fault(Random rng) =>
        rng.Next(3) == 0 ? null : (FaultKind)rng.Next(4);
}
