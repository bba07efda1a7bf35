using System.Text;
using IncrementalExport.Benchmark.Report;

namespace IncrementalExport.Benchmark.Freshness;

/// <summary>The wake-up section: freshness and invocations per day of the scheduling the function does, by stack shape.</summary>
internal static class WakeUpReport
{
    public static IReadOnlyList<(string Label, WakeUpOutcome Outcome)> Compute() =>
    [
        ("1 table, 15-min windows", WakeUpSimulator.Simulate(new WakeUpCase())),
        ("1 table, 15-min windows, margin 0", WakeUpSimulator.Simulate(new WakeUpCase(SafetyMarginSeconds: 0))),
        ("1 table, 15-min windows, + S3 events", WakeUpSimulator.Simulate(new WakeUpCase(S3Events: true))),
        ("100 tables, 15-min windows", WakeUpSimulator.Simulate(new WakeUpCase(Tables: 100))),
        ("100 tables, 15-min windows, + S3 events", WakeUpSimulator.Simulate(new WakeUpCase(Tables: 100, S3Events: true))),
        ("100 tables, hourly windows", WakeUpSimulator.Simulate(new WakeUpCase(Tables: 100, WindowMinutes: 60))),
        ("100 tables, daily windows (idle, adaptive)", WakeUpSimulator.Simulate(new WakeUpCase(Tables: 100, WindowMinutes: 1440))),
        ("100 tables, all paused", WakeUpSimulator.Simulate(new WakeUpCase(Tables: 100, Paused: true))),
        ("1 table, 15-min windows, 30 % of wake-ups lost", WakeUpSimulator.Simulate(new WakeUpCase(LostWakeUps: 0.3))),
        ("1 table, 15-min windows, wake-ups 3 min late", WakeUpSimulator.Simulate(new WakeUpCase(LateWakeUpMinutes: 3))),
    ];

    public static string Render(IReadOnlyList<(string Label, WakeUpOutcome Outcome)> results)
    {
        var table = new MarkdownTable(
            "Stack", ">Added worst", ">Added typical", ">of which wake-up wait: worst", ">typical",
            ">Completion → recorded: worst", ">typical", ">Invocations/day", ">Windows", ">Max lag");
        foreach (var (label, o) in results)
        {
            table.Add(
                label, Format.Minutes(o.AddedWorst), Format.Minutes(o.AddedTypical), Format.Minutes(o.WaitWorst), Format.Minutes(o.WaitTypical),
                Format.Minutes(o.RecordedWorst), Format.Minutes(o.RecordedTypical), Format.Number(o.InvocationsPerDay, 0), $"{o.Windows}", Format.Minutes(o.MaxLag));
        }

        return new StringBuilder()
            .AppendLine("## Freshness with the wake-up: delay beyond AWS's floor (minutes) and invocations per day")
            .AppendLine()
            .AppendLine("Simulated over 6 days after a day of warm-up with the engine's own rules: per table, no call before "
                + "NextWork, the planner (WindowPlanner.Plan) on the PITR window of the moment, and after every invocation "
                + "the wake-up rule (WakeUpRule.Next over all tables), programmed rounded up to the minute and invoked with "
                + "EventBridge Scheduler's 60-second precision; safety net rate(1 hour); PITR lag 5 min plus 0-60 s per table; "
                + "export durations 4 min plus an exponential tail of mean 1.5 min (seeded). 'Added' = export start minus the "
                + "moment the window became restorable (AWS's floor starts it then), with the safety margin (120 s unless "
                + "stated) and any wait for the table's previous export (one per table at a time); 'wake-up wait' = export "
                + "start minus the moment the engine could start it (restorable + margin, previous export recorded): what "
                + "the scheduling adds. 'Max lag' = the largest now − watermark of any table at any invocation. A "
                + "rate(15 minutes) schedule makes 96 invocations a day whatever the tables do.")
            .AppendLine()
            .Append(table)
            .ToString();
    }
}
