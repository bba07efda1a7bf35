namespace IncrementalExport.Benchmark.Freshness;

/// <summary>One cadence and one set of AWS timings to simulate.</summary>
/// <param name="WindowMinutes">The engine's windowMinutes.</param>
/// <param name="ScheduleMinutes">The schedule's period (rate(n minutes)).</param>
/// <param name="ExportDuration">How long an export runs from its start to COMPLETED.</param>
/// <param name="PitrLag">now − LatestRestorableDateTime.</param>
/// <param name="SafetyMarginSeconds">The engine's safetyMarginSeconds.</param>
internal sealed record FreshnessCase(
    int WindowMinutes, int ScheduleMinutes, TimeSpan ExportDuration, TimeSpan PitrLag, int SafetyMarginSeconds = 120)
{
    /// <summary>The best any orchestrator can do: the write at the start of a 15-minute window, exported the moment it is restorable.</summary>
    public TimeSpan FloorWorst => TimeSpan.FromMinutes(15) + PitrLag + ExportDuration;

    /// <summary>The floor for a write in the middle of a 15-minute window.</summary>
    public TimeSpan FloorTypical => TimeSpan.FromMinutes(7.5) + PitrLag + ExportDuration;
}
