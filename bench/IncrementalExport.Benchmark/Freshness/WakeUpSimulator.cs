using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.Wake;

namespace IncrementalExport.Benchmark.Freshness;

/// <summary>
/// The real scheduling decisions over simulated days: every invocation runs, per table, what a tick decides (no call
/// before <see cref="NextWork"/>; then the planner, <see cref="WindowPlanner.Plan"/>, on the PITR window of that
/// moment; an export in flight completes if its drawn duration has passed), and afterwards asks
/// <see cref="WakeUpRule.Next"/> for the wake-up, programmed as <see cref="AtExpression"/> does and invoked with the
/// scheduler's 60-second precision. The safety net ticks at its rate; with S3 events a completion also invokes the
/// function seconds later. Export durations and the PITR lag's variation are drawn from a seeded generator.
/// </summary>
internal static class WakeUpSimulator
{
    private static readonly DateTimeOffset Day0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static WakeUpOutcome Simulate(WakeUpCase c, int days = 7, int seed = 13)
    {
        ArgumentNullException.ThrowIfNull(c);
        var random = new Random(seed);
        var settings = new ExportSettings
        {
            Bucket = "b", StateTable = "s", WindowMinutes = c.WindowMinutes, SafetyMarginSeconds = c.SafetyMarginSeconds,
            Tables = [.. Enumerable.Range(0, c.Tables).Select(i => new TableSettings($"table{i:D4}"))],
        };
        var tables = settings.Tables.Select(t => new SimTable(t, Day0, c.Paused, WakeUpCase.PitrLag + TimeSpan.FromMilliseconds(random.Next(60_000)))).ToList();
        var end = Day0.AddDays(days);
        var measureFrom = Day0.AddDays(1);
        var nextRate = Day0 + TimeSpan.FromSeconds(random.Next(c.SafetyNetMinutes * 60));
        DateTimeOffset? nextWake = null;
        var events = new PriorityQueue<DateTimeOffset, DateTimeOffset>();
        var invocations = 0;
        var maxLag = TimeSpan.Zero;
        while (true)
        {
            var now = Min(nextRate, nextWake ?? DateTimeOffset.MaxValue, events.TryPeek(out var e, out _) ? e : DateTimeOffset.MaxValue);
            if (now >= end)
            {
                break;
            }

            if (now == nextRate)
            {
                nextRate += TimeSpan.FromMinutes(c.SafetyNetMinutes);
            }
            else if (now == nextWake)
            {
                nextWake = null;
            }
            else
            {
                events.Dequeue();
            }

            if (now >= measureFrom)
            {
                invocations++;
            }

            foreach (var table in tables)
            {
                if (table.Tick(settings, now, random) is { } completedAt && c.S3Events)
                {
                    events.Enqueue(completedAt + TimeSpan.FromSeconds(1 + random.Next(30)), completedAt);
                }
            }

            if (now >= measureFrom && !c.Paused)
            {
                maxLag = Max(maxLag, tables.Max(t => now - t.State.Watermark!.Value));
            }

            // The wake-up of this tick replaces the pending one (one invocation at a time: its view is the newest).
            if (WakeUpRule.Next(tables.Select(t => (t.State, t.Settings)), settings, now) is { } wake && random.NextDouble() >= c.LostWakeUps)
            {
                nextWake = AtExpression.MinuteUp(wake) + TimeSpan.FromSeconds(random.Next(60)) + TimeSpan.FromMinutes(c.LateWakeUpMinutes);
            }
            else
            {
                nextWake = null;
            }
        }

        var windows = tables.SelectMany(t => t.Done).Where(d => d.Window.From >= measureFrom).ToList();
        var margin = TimeSpan.FromSeconds(c.SafetyMarginSeconds);
        var added = windows.Select(d => d.Started - d.Restorable).ToList();

        // The wake-up's own part: from when the engine could start the window (restorable plus the margin, and the
        // table's previous export recorded, as it runs one export per table at a time) to its start.
        var wait = windows.Select(d => d.Started - Latest(d.Restorable + margin, d.PreviousRecorded)).ToList();
        var recorded = windows.Select(d => d.Recorded - d.Ended).ToList();
        return new WakeUpOutcome(
            c,
            Worst(added),
            Median(added),
            Worst(wait),
            Median(wait),
            Worst(recorded),
            Median(recorded),
            invocations / (double)(days - 1),
            windows.Count,
            maxLag);
    }

    private static TimeSpan Worst(IEnumerable<TimeSpan> values) => values.DefaultIfEmpty().Max();

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[(sorted.Count - 1) / 2];
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b, DateTimeOffset c) => a < b ? (a < c ? a : c) : (b < c ? b : c);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>One table: its state as the engine keeps it, the export in flight on the simulated AWS, its windows done.</summary>
    private sealed class SimTable(TableSettings table, DateTimeOffset start, bool paused, TimeSpan lag)
    {
        private (DateTimeOffset Ends, TimeSpan Took, DateTimeOffset Started)? _running;
        private DateTimeOffset _previousRecorded = start;

        public TableSettings Settings { get; } = table;

        public TableState State { get; private set; } = new()
        {
            Table = table.Name, Epoch = 1, EpochStart = start, Watermark = start, Phase = TablePhase.Idle, Paused = paused,
            PitrSeen = new PitrSeen(start, lag, start.AddDays(-1)),
        };

        public List<(ExportWindow Window, DateTimeOffset Restorable, DateTimeOffset Started, DateTimeOffset Ended, DateTimeOffset Recorded, DateTimeOffset PreviousRecorded)> Done { get; } = [];

        /// <summary>What a tick at <paramref name="now"/> does; returns when an export it saw completed had ended.</summary>
        public DateTimeOffset? Tick(ExportSettings settings, DateTimeOffset now, Random random)
        {
            if (NextWork.Of(State, Settings, settings, now).At > now)
            {
                return null; // the engine makes no call for it
            }

            DateTimeOffset? completed = null;
            if (State.InFlight is { } inFlight)
            {
                if (_running is not { } running || now < running.Ends)
                {
                    return null; // described: still IN_PROGRESS
                }

                var restorable = inFlight.Window.To + lag;
                Done.Add((inFlight.Window, restorable, running.Started, running.Ends, now, _previousRecorded));
                _previousRecorded = now;
                var shortest = State.ShortestExport is { } s && s <= running.Took ? s : running.Took;
                State = State with { InFlight = null, Watermark = inFlight.Window.To, Phase = TablePhase.Idle, ShortestExport = shortest };
                (_running, completed) = (null, running.Ends);
            }

            // DescribeContinuousBackups: the table's lag, about 5 minutes, not a whole number of them.
            var pitr = new PitrWindow(true, now.AddDays(-30), now - lag);
            State = State with { PitrSeen = PitrSeen.Of(pitr, now) };
            if (WindowPlanner.Plan(State, Settings, settings, pitr) is PlanDecision.Start { Window: { Kind: ExportKind.Incremental } window })
            {
                var took = WakeUpCase.ExportMinimum + TimeSpan.FromMinutes(Math.Min(26, -WakeUpCase.ExportTailMean.TotalMinutes * Math.Log(1 - random.NextDouble())));
                _running = (now + took, took, now);
                State = State with { InFlight = new InFlightExport(window, 0, "t", "p", now, "arn"), Phase = TablePhase.Exporting };
            }

            return completed;
        }
    }
}
