namespace IncrementalExport.Benchmark.Freshness;

/// <summary>
/// What a simulated stack showed: the delay each window's export added beyond AWS's floor (the export started the moment
/// its window was restorable), split into the safety margin and the rest (the wait for an invocation); the delay from a
/// window's export ending to the tick that records it; invocations per day; the largest lag (now − watermark) any
/// table had at any invocation.
/// </summary>
internal sealed record WakeUpOutcome(
    WakeUpCase Case,
    TimeSpan AddedWorst,
    TimeSpan AddedTypical,
    TimeSpan WaitWorst,
    TimeSpan WaitTypical,
    TimeSpan RecordedWorst,
    TimeSpan RecordedTypical,
    double InvocationsPerDay,
    int Windows,
    TimeSpan MaxLag);
