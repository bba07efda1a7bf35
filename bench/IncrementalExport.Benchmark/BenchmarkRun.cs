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
            await output.WriteLineAsync(WakeUpReport.Render(WakeUpReport.Compute()));
            return 0;
        }

        var configs = options.CostOnly ? CostConfigurations : Configurations(options);
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
                // One unmeasured cycle per configuration: it JIT-compiles the engine's paths, and every table learns what a
                // running table knows (its PITR lag, how long its incremental exports take), so the measured cycles are the
                // steady state rather than a table's first hour.
                results.AddRange(await benchmark.RunAsync(config, warmUpCycles: 1, repeat));
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
            if (options.JsonPath is { } jsonPath)
            {
                await File.WriteAllTextAsync(jsonPath, JsonRows.Render(results));
                await progress.WriteLineAsync($"tick rows written to {jsonPath}");
            }

            if (cold is not null)
            {
                await output.WriteLineAsync(cold.Render());
            }

            await output.WriteLineAsync(FreshnessReport.Render(freshness));
            await output.WriteLineAsync(WakeUpReport.Render(WakeUpReport.Compute()));
        }

        await output.WriteLineAsync(CostReport.Render(results, itemSizes));
        return results.All(r => r.AsExpected) ? 0 : 1;
    }

    // The cost table's columns: 10, 100 and 1,000 tables at 50 ms per call and the engine's default parallelism.
    private static readonly int[] CostTableCounts = [10, 100, 1000];

    private static List<TickConfig> CostConfigurations =>
        [.. CostTableCounts.Select(n => new TickConfig(n, TimeSpan.FromMilliseconds(50), Core.Settings.SettingsDefaults.Environment.Parallelism))];

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
