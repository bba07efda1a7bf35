namespace IncrementalExport.Core.Reports;

/// <summary>Lags in reports: whole seconds, rounded down (a lag of 59.9 s is not yet a minute's worth of 60).</summary>
internal static class WholeSeconds
{
    public static long? Of(TimeSpan? span) => span is { } s ? (long)Math.Floor(s.TotalSeconds) : null;
}
