using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Benchmark.Freshness;

/// <summary>
/// Delays from a write to the completion of the export holding it (the data is in S3), and to the tick that records it
/// in the history; worst is the maximum and typical the median over every simulated write and schedule offset.
/// </summary>
internal sealed record FreshnessResult(
    FreshnessCase Case,
    TimeSpan WorstToS3,
    TimeSpan TypicalToS3,
    TimeSpan WorstRecorded,
    TimeSpan TypicalRecorded,
    IReadOnlyDictionary<Phase, double> TicksPerDay);
