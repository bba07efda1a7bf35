
namespace IncrementalExport.Core.Model;

/// <summary>
/// What the table's last DescribeContinuousBackups showed, kept in its state so later ticks can tell when the next
/// window can be due without asking AWS again. The lag is measured on the engine's clock against AWS's
/// LatestRestorableDateTime, so a constant offset between the two clocks is part of it.
/// </summary>
/// <param name="CheckedAt">The engine's time of the check.</param>
/// <param name="Lag">How far LatestRestorableDateTime was behind <paramref name="CheckedAt"/>.</param>
/// <param name="Earliest">EarliestRestorableDateTime at the check.</param>
public sealed record PitrSeen(DateTimeOffset CheckedAt, TimeSpan Lag, DateTimeOffset Earliest)
{
    /// <summary>The view of an enabled PITR window read at <paramref name="now"/>, or null when PITR was off.</summary>
    public static PitrSeen? Of(PitrWindow pitr, DateTimeOffset now) =>
        pitr is { Enabled: true, Earliest: { } earliest, Latest: { } latest } ? new PitrSeen(now, WholeMillisecondsUp(now - latest), earliest) : null;

    // The state item keeps whole milliseconds; rounding the lag up keeps every expectation from it on the late side.
    private static TimeSpan WholeMillisecondsUp(TimeSpan lag) =>
        TimeSpan.FromTicks((lag.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);

    /// <summary>The PITR window this view expects at <paramref name="now"/>, if the lag stayed what it was.</summary>
    public PitrWindow Expected(DateTimeOffset now) => new(true, Earliest, now - Lag);
}
