using IncrementalExport.Benchmark.Ticks;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Benchmark.Freshness;

/// <summary>
/// Runs the engine's own planner (<see cref="WindowPlanner"/>) for one table over three days of schedule ticks, for
/// every schedule offset in whole minutes, as a tick does it: a completion is seen at the first tick at or after the
/// export ends, recorded, and the same tick plans the next window. Then every write of the middle day (every 10 s)
/// is looked up in the window that holds it. Tick durations are taken as zero.
/// </summary>
internal static class FreshnessSimulator
{
    private static readonly DateTimeOffset Day0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WriteStep = TimeSpan.FromSeconds(10);

    public static FreshnessResult Simulate(FreshnessCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var toS3 = new List<double>();
        var recorded = new List<double>();
        var kinds = Enum.GetValues<Phase>().ToDictionary(p => p, _ => 0.0);
        for (var offset = 0; offset < c.ScheduleMinutes; offset++)
        {
            var windows = Run(c, TimeSpan.FromMinutes(offset), kinds);
            var next = 0;
            for (var write = Day0.AddDays(1); write < Day0.AddDays(2); write += WriteStep)
            {
                while (windows[next].Window.To <= write)
                {
                    next++;
                }

                toS3.Add((windows[next].Completed - write).TotalMinutes);
                recorded.Add((windows[next].Recorded - write).TotalMinutes);
            }
        }

        return new FreshnessResult(
            c,
            TimeSpan.FromMinutes(toS3.Max()),
            TimeSpan.FromMinutes(Median(toS3)),
            TimeSpan.FromMinutes(recorded.Max()),
            TimeSpan.FromMinutes(Median(recorded)),
            kinds.ToDictionary(k => k.Key, k => k.Value / c.ScheduleMinutes));
    }

    /// <summary>The completed windows of one schedule offset; counts the middle day's ticks by what they did.</summary>
    private static List<(ExportWindow Window, DateTimeOffset Completed, DateTimeOffset Recorded)> Run(
        FreshnessCase c, TimeSpan offset, Dictionary<Phase, double> kinds)
    {
        var table = new TableSettings("t");
        var settings = new ExportSettings
        {
            Bucket = "b", StateTable = "s", WindowMinutes = c.WindowMinutes, SafetyMarginSeconds = c.SafetyMarginSeconds, Tables = [table],
        };
        var state = new TableState { Table = "t", Epoch = 1, EpochStart = Day0, Watermark = Day0, Phase = TablePhase.Idle };
        var done = new List<(ExportWindow, DateTimeOffset, DateTimeOffset)>();
        (ExportWindow Window, DateTimeOffset Ends)? inFlight = null;
        for (var tick = Day0 + offset; tick < Day0.AddDays(3); tick += TimeSpan.FromMinutes(c.ScheduleMinutes))
        {
            var completed = false;
            if (inFlight is { } running && tick >= running.Ends)
            {
                done.Add((running.Window, running.Ends, tick));
                state = state with { Watermark = running.Window.To };
                (inFlight, completed) = (null, true);
            }

            var started = false;
            if (inFlight is null)
            {
                var pitr = new PitrWindow(true, Day0.AddDays(-1), tick - c.PitrLag);
                switch (WindowPlanner.Plan(state, table, settings, pitr))
                {
                    case PlanDecision.Start start:
                        (inFlight, started) = ((start.Window, tick + c.ExportDuration), true);
                        break;
                    case PlanDecision.Block block:
                        throw new InvalidOperationException($"the planner blocked the simulated table: {block.Message}");
                }
            }

            if (tick >= Day0.AddDays(1) && tick < Day0.AddDays(2))
            {
                kinds[Kind(completed, started, inFlight is not null)]++;
            }
        }

        return done;
    }

    private static Phase Kind(bool completed, bool started, bool inFlight) => (completed, started) switch
    {
        (true, true) => Phase.CompleteThenStart,
        (true, false) => Phase.CompleteThenWait,
        (false, true) => Phase.Start,
        _ => inFlight ? Phase.InFlight : Phase.Idle,
    };

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[(values.Count - 1) / 2];
    }
}
