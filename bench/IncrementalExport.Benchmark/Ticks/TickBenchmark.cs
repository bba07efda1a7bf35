using System.Diagnostics;
using System.Globalization;
using System.Text;
using IncrementalExport.Benchmark.Servers;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;

namespace IncrementalExport.Benchmark.Ticks;

/// <summary>
/// Runs the real engine, one tick at a time, through a real AWSSDK client against the server child, and measures each
/// tick. A configuration's tables are bootstrapped (full export started and recorded), then go round a 30-minute cycle
/// of the fake clock in which every tick does one known thing for every table (see <see cref="Steps"/>).
/// </summary>
internal sealed class TickBenchmark(ServerProcess server, SharedClock clock, TextWriter progress)
{
    private static readonly TimeSpan Grid = TimeSpan.FromMinutes(15);

    // With the fake's defaults (PITR lag 5 min, export 5 min) and the engine's (margin 2 min, window 15 min), a window
    // [W, W+15) can start once now >= W+22. The cycle starts 12 minutes after the watermark W, every table waiting.
    private static readonly (TimeSpan Advance, Phase Phase)[] Steps =
    [
        (TimeSpan.FromMinutes(3), Phase.Idle),               // W+15: [W, W+15) not restorable yet
        (TimeSpan.FromMinutes(7), Phase.Start),              // W+22: start [W, W+15), done at W+27
        (TimeSpan.FromMinutes(2), Phase.InFlight),           // W+24: still running
        (TimeSpan.FromMinutes(13), Phase.CompleteThenStart), // W+37: record it; [W+15, W+30) is due: start it, done at W+42
        (TimeSpan.FromMinutes(5), Phase.CompleteThenWait),   // W+42: record it; [W+30, W+45) is not due: back to the start
    ];

    private int _configurations;

    /// <summary>The largest items of the last configuration's state table.</summary>
    public ItemSizes? LastItemSizes { get; private set; }

    public async Task<IReadOnlyList<PhaseResult>> RunAsync(TickConfig config, int warmUpCycles, int cycles)
    {
        var prefix = $"c{++_configurations}";
        await server.SetLatencyAsync(TimeSpan.Zero);
        await server.RegisterTablesAsync(prefix, config.Tables);
        // AWS allows 300 exports in progress per account; "all tables start" with 1,000 tables needs the limit lifted.
        await server.SetExportLimitAsync(int.MaxValue);
        using var client = LocalAws.CreateClient(server.ServiceUrl);
        var settings = Settings(config, prefix);
        await StateTableSetup.CreateIfMissingAsync(client, settings.StateTable, CancellationToken.None);
        var engine = ExportEngineFactory.Create(settings, client, clock.Time);

        // Bootstrap: the full export is planned at ToMinute(latest - margin) = now - 7 min, placed on the grid.
        await clock.AdvanceToOffsetAsync(Grid, TimeSpan.FromMinutes(7));
        await TickAsync(engine, Phase.Start);
        await clock.AdvanceAsync(TimeSpan.FromMinutes(5));
        await TickAsync(engine, Phase.CompleteThenWait);

        await server.SetLatencyAsync(config.Latency);
        var samples = new List<TickSample>();
        for (var cycle = 0; cycle < warmUpCycles + cycles; cycle++)
        {
            foreach (var (advance, phase) in Steps)
            {
                await clock.AdvanceAsync(advance);
                var sample = await TickAsync(engine, phase);
                if (cycle >= warmUpCycles)
                {
                    samples.Add(sample);
                }
            }
        }

        await server.SetLatencyAsync(TimeSpan.Zero);
        LastItemSizes = await ItemSizes.MeasureAsync(client, settings.StateTable);
        await progress.WriteLineAsync(
            $"  {config.Tables} tables, {config.Latency.TotalMilliseconds} ms, parallelism {config.Parallelism}: "
            + $"{samples.Count} ticks measured, all as expected: {samples.All(s => s.AsExpected)}");
        return samples.GroupBy(s => s.Phase).Select(g => new PhaseResult(config, g.Key, g.ToList())).ToList();
    }

    /// <summary>The settings of a configuration: engine defaults except parallelism and an in-flight cap of two per table.</summary>
    public static ExportSettings Settings(TickConfig config, string prefix) => new()
    {
        Bucket = "bench-exports",
        Prefix = "bench",
        StateTable = $"{prefix}-state-{Guid.NewGuid():N}",
        Parallelism = config.Parallelism,
        // "All tables start a window" needs a slot per table, and in a completing tick the export that completes still
        // holds its slot (the cap is counted from the states read at the tick's start): two per table. The real cap is
        // at most 300 per account (default 50), so beyond 150 tables this measures a configuration AWS would refuse.
        MaxExportsInFlight = 2 * config.Tables,
        Tables = Enumerable.Range(0, config.Tables).Select(i => new TableSettings(ServerHost.TableName(prefix, i))).ToList(),
    };

    private async Task<TickSample> TickAsync(IExportEngine engine, Phase phase)
    {
        await server.TakeCallCountsAsync();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var cpuBefore = CpuTime();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var report = await engine.TickAsync(new TickRequest(null, null, DryRun: false), CancellationToken.None);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var cpu = CpuTime() - cpuBefore;
        var calls = await server.TakeCallCountsAsync();
        var (outcome, asExpected) = Describe(report, phase);
        if (Environment.GetEnvironmentVariable("BENCH_DEBUG") is not null)
        {
            await progress.WriteLineAsync($"    {clock.Time.GetUtcNow():HH:mm} {phase}: {outcome} | {report.Tables[0].Detail}");
        }

        return new TickSample(phase, watch.Elapsed, cpu, allocated, calls, LogBytes(report), outcome, asExpected);
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static long LogBytes(TickReport report)
    {
        using var log = new StringWriter(CultureInfo.InvariantCulture);
        new InvocationLog(log).Tick(report, report.FinishedAt);
        return Encoding.UTF8.GetByteCount(log.ToString());
    }

    private static (string Outcome, bool AsExpected) Describe(TickReport report, Phase phase)
    {
        var (step, recorded) = phase switch
        {
            Phase.Idle => (StepKind.Waiting, false),
            Phase.Start => (StepKind.StartedIncremental, false),
            Phase.InFlight => (StepKind.InProgress, false),
            Phase.CompleteThenWait => (StepKind.Waiting, true),
            _ => (StepKind.StartedIncremental, true),
        };
        var groups = report.Tables
            .GroupBy(o => (o.Step, Recorded: o.Recorded is not null))
            .Select(g => $"{g.Count()} × {g.Key.Step}{(g.Key.Recorded ? " after recording" : "")}");
        var asExpected = report.Tables.All(o => o.Step == step && o.Recorded is not null == recorded);
        return (string.Join(", ", groups), asExpected);
    }
}
