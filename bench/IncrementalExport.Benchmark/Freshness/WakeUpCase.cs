namespace IncrementalExport.Benchmark.Freshness;

/// <summary>One stack to simulate under the wake-up scheduling.</summary>
/// <param name="Tables">Tables in the stack, each with its own export durations.</param>
/// <param name="WindowMinutes">The tables' windowMinutes.</param>
/// <param name="SafetyNetMinutes">The recurring schedule's period (rate(n minutes)).</param>
/// <param name="SafetyMarginSeconds">The engine's safetyMarginSeconds.</param>
/// <param name="S3Events">Whether an export's completion also invokes the function (S3 event via EventBridge).</param>
/// <param name="Paused">Whether every table is paused (only the safety net ticks).</param>
/// <param name="LostWakeUps">The share of one-time wake-ups that never invoke the function.</param>
/// <param name="LateWakeUpMinutes">Extra delay of every wake-up, beyond the scheduler's own precision.</param>
internal sealed record WakeUpCase(
    int Tables = 1,
    int WindowMinutes = 15,
    int SafetyNetMinutes = 60,
    int SafetyMarginSeconds = 120,
    bool S3Events = false,
    bool Paused = false,
    double LostWakeUps = 0,
    double LateWakeUpMinutes = 0)
{
    /// <summary>now − LatestRestorableDateTime: about 5 minutes; each table gets 5 minutes plus 0 to 60 s, constant over the run.</summary>
    public static readonly TimeSpan PitrLag = TimeSpan.FromMinutes(5);

    /// <summary>The shortest export; durations are this plus an exponential tail (<see cref="ExportTailMean"/>), at most 30 min.</summary>
    public static readonly TimeSpan ExportMinimum = TimeSpan.FromMinutes(4);

    /// <summary>The mean of the exponential tail added to <see cref="ExportMinimum"/> (mean export: 5.5 min).</summary>
    public static readonly TimeSpan ExportTailMean = TimeSpan.FromMinutes(1.5);
}
