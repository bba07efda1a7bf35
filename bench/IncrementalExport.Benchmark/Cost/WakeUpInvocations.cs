using System.Collections.Concurrent;
using IncrementalExport.Benchmark.Freshness;
using IncrementalExport.Benchmark.Report;
using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// Invocations of a stack that wakes itself (<see cref="WakeUpSimulator"/>), for the cost model: how many a month, and
/// the tick mix per table with its idle ticks made up to that count (every invocation reads every table's state).
/// </summary>
internal static class WakeUpInvocations
{
    private static readonly ConcurrentDictionary<(int Tables, int Window), double> PerDay = new();

    public static double PerMonth(int tables, int window) =>
        PerDay.GetOrAdd((tables, window), k => WakeUpSimulator.Simulate(new WakeUpCase(Tables: k.Tables, WindowMinutes: k.Window), days: 3).InvocationsPerDay)
        * CostInputs.HoursPerMonth / 24;

    /// <summary><paramref name="rateMix"/> (a rate schedule's ticks) with the starts and completions kept and the rest idle, summing to the invocations.</summary>
    public static Dictionary<Phase, double> Mix(IReadOnlyDictionary<Phase, double> rateMix, int tables, int window)
    {
        var mix = rateMix.Where(k => k.Key is not (Phase.Idle or Phase.InFlight)).ToDictionary(k => k.Key, k => k.Value);
        mix[Phase.Idle] = Math.Max(0, PerMonth(tables, window) - mix.Values.Sum());
        return mix;
    }

    /// <summary>Invocations per day per stack, against a rate(15 minutes) schedule's 96.</summary>
    public static string Render(IReadOnlyList<int> tables, IReadOnlyList<int> windows)
    {
        var rate = Format.Number(24 * 60 / 15.0, 0);
        var table = new MarkdownTable(["Windows", .. tables.Select(t => $">{t:N0} tables"), ">rate(15 minutes)"]);
        foreach (var window in windows)
        {
            table.Add([$"{window} min", .. tables.Select(t => Format.Number(PerMonth(t, window) * 24 / CostInputs.HoursPerMonth, 0)), rate]);
        }

        table.Add(["all paused", .. tables.Select(t => Format.Number(WakeUpSimulator.Simulate(new WakeUpCase(Tables: t, Paused: true), days: 3).InvocationsPerDay, 0)), rate]);
        return "Invocations per day per stack (wake-up simulation, 3 days):\n\n" + table;
    }
}
