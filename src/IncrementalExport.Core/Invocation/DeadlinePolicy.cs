namespace IncrementalExport.Core.Invocation;

/// <summary>
/// When a tick stops starting new exports. The reserve is what one table step begun just before the cut-off
/// needs to finish (state write, StartExport or DescribeExport, state write) plus the report and logs:
/// at least 15 seconds, and a fifth of the remaining time so that a long timeout keeps a proportionate margin
/// for throttled retries. In-flight exports are still followed after the cut-off; only new starts stop.
/// </summary>
internal static class DeadlinePolicy
{
    public static readonly TimeSpan MinimumReserve = TimeSpan.FromSeconds(15);

    public const double ReserveFraction = 0.2;

    /// <summary>The time kept back from <paramref name="remaining"/>.</summary>
    public static TimeSpan Reserve(TimeSpan remaining)
    {
        var proportional = TimeSpan.FromTicks((long)(Math.Max(remaining.Ticks, 0) * ReserveFraction));
        return proportional > MinimumReserve ? proportional : MinimumReserve;
    }

    /// <summary>The instant after which no new export starts; <paramref name="now"/> itself when the time is already short.</summary>
    public static DateTimeOffset StopStartingAt(DateTimeOffset now, TimeSpan remaining)
    {
        var usable = remaining - Reserve(remaining);
        return usable > TimeSpan.Zero ? now + usable : now;
    }
}
