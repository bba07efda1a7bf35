using IncrementalExport.Benchmark.ColdStart;
using IncrementalExport.Benchmark.Cost;
using IncrementalExport.Benchmark.Freshness;
using IncrementalExport.Benchmark.Report;
using IncrementalExport.Benchmark.Servers;
using IncrementalExport.Benchmark.Ticks;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Benchmark;

/// <summary>The whole run: tick benchmark, cold start, freshness model, cost model; Markdown on stdout, progress on stderr.</summary>
internal static class BenchmarkRun
{
    // A fixed start for the fake clocks: every run plans the same windows.
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter progress)
    {
        var options = BenchmarkOptions.Parse(args, progress);
        if (options is null || options.Help)
        {
            await (options is null ? progress : output).WriteLineAsync(BenchmarkOptions.Usage);
            return options is null ? 2 : 0;
        }

        await output.WriteLineAsync($"Machine: {MachineInfo.Describe()}");
        await output.WriteLineAsync();
        var freshness = FreshnessReport.Compute();
        if (options.FreshnessOnly)
        {
            await output.WriteLineAsync(FreshnessReport.Render(freshness));
            return 0;
        }

        var configs = options.CostOnly ? [new TickConfig(100, TimeSpan.FromMilliseconds(50), 16)] : Configurations(options);
        var repeat = options.CostOnly ? 1 : options.Repeat;
        var results = new List<PhaseResult>();
        var itemSizes = new Dictionary<TickConfig, ItemSizes>();
        ColdStartResult? cold = null;
        await using (var server = await ServerProcess.StartAsync(Start))
        {
            var clock = new SharedClock(new FakeTimeProvider(Start), server);
            var benchmark = new TickBenchmark(server, clock, progress);
            await progress.WriteLineAsync($"servers at {server.ServiceUrl}; {configs.Count} configurations, {repeat} measured cycles each");
            foreach (var config in configs)
            {
                // One unmeasured cycle JIT-compiles the engine's paths; later configurations reuse them (their own
                // bootstrap ticks also run before anything is measured).
                results.AddRange(await benchmark.RunAsync(config, warmUpCycles: config == configs[0] ? 1 : 0, repeat));
                itemSizes[config] = benchmark.LastItemSizes!;
            }

            if (!options.CostOnly && options.ColdStarts > 0)
            {
                cold = await new ColdStartRunner(server, clock, progress).RunAsync(options.ColdStarts);
            }
        }

        if (!options.CostOnly)
        {
            await output.WriteLineAsync("## One tick of the engine");
            await output.WriteLineAsync();
            await output.WriteLineAsync(TickTable.Render(results));
            if (cold is not null)
            {
                await output.WriteLineAsync(cold.Render());
            }

            await output.WriteLineAsync(FreshnessReport.Render(freshness));
        }

        await output.WriteLineAsync(CostReport.Render(results, freshness, itemSizes));
        return results.All(r => r.AsExpected) ? 0 : 1;
    }

    private static List<TickConfig> Configurations(BenchmarkOptions options)
    {
        var configs = (from tables in options.Tables
                       from latency in options.LatencyMs
                       from parallelism in options.Parallelism
                       select new TickConfig(tables, TimeSpan.FromMilliseconds(latency), parallelism)).ToList();
        var largest = new TickConfig(options.Tables.Max(), TimeSpan.FromMilliseconds(options.LatencyMs.Max()), 0);
        configs.AddRange(options.Sweep.Where(p => !options.Parallelism.Contains(p)).Select(p => largest with { Parallelism = p }));
        return configs;
    }
}
