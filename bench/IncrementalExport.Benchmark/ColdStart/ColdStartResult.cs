using IncrementalExport.Benchmark.Report;

namespace IncrementalExport.Benchmark.ColdStart;

/// <summary>The timed child processes: start-to-exit of a first tick, and of a process that only prints its usage.</summary>
internal sealed record ColdStartResult(
    IReadOnlyList<TimeSpan> Ticks, IReadOnlyList<TimeSpan> Baselines, IReadOnlyList<TimeSpan> Setups, IReadOnlyList<TimeSpan> FirstTicks)
{
    public TimeSpan Median => MedianOf(Ticks);

    public string Render() =>
        $"""
        ## Cold start (10 tables, first tick of a new process)

        Median of {Ticks.Count} child processes, timed by the parent from Process.Start to exit; JIT-compiled Release build
        (the function is published ReadyToRun, which starts faster), latency 0, every table idle (one BatchGetItem reads the 10 states; no call per table).

        {new MarkdownTable("What", ">Median ms", ">All runs ms")
            .Add("process start → exit, first tick of 10 tables", Format.Milliseconds(Median), Join(Ticks))
            .Add("of which, inside Main: settings + client + engine", Format.Milliseconds(MedianOf(Setups)), Join(Setups))
            .Add("of which, inside Main: the first tick", Format.Milliseconds(MedianOf(FirstTicks)), Join(FirstTicks))
            .Add("process start → exit, `--help` only (runtime start, no AWS)", Format.Milliseconds(MedianOf(Baselines)), Join(Baselines))}
        """;

    private static TimeSpan MedianOf(IEnumerable<TimeSpan> values) => TimeSpan.FromTicks(Stats.Median(values.Select(v => v.Ticks)));

    private static string Join(IEnumerable<TimeSpan> values) => string.Join(", ", values.Select(Format.Milliseconds));
}
