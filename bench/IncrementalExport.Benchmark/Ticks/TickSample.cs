namespace IncrementalExport.Benchmark.Ticks;

/// <summary>One measured tick over all tables of a configuration.</summary>
/// <param name="Phase">What the tick was set up to do.</param>
/// <param name="Wall">Wall-clock time of the engine's TickAsync.</param>
/// <param name="Cpu">CPU time this process used meanwhile (the servers run in another process).</param>
/// <param name="AllocatedBytes">Bytes allocated by this process meanwhile.</param>
/// <param name="Calls">Calls the endpoint received during the tick, per operation.</param>
/// <param name="LogBytes">UTF-8 bytes the Lambda's log writes for this tick's report (structured lines and EMF).</param>
/// <param name="Outcome">What the tables did, e.g. "1000 × StartedIncremental after recording".</param>
/// <param name="AsExpected">Every table did what <paramref name="Phase"/> means.</param>
internal sealed record TickSample(
    Phase Phase,
    TimeSpan Wall,
    TimeSpan Cpu,
    long AllocatedBytes,
    IReadOnlyDictionary<string, long> Calls,
    long LogBytes,
    string Outcome,
    bool AsExpected);
