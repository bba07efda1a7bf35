namespace IncrementalExport.Core.Planning;

/// <summary>
/// The window grid: multiples of the window length counted from the Unix epoch, which (because a valid aligned
/// window divides a day) is the same as counting from every UTC midnight: 15 minutes gives :00/:15/:30/:45.
/// </summary>
internal static class WindowGrid
{
    /// <summary>The last grid point at or before <paramref name="instant"/>.</summary>
    public static DateTimeOffset AlignDown(DateTimeOffset instant, TimeSpan length)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var floored = ticks - Mod(ticks, length.Ticks);
        return new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + floored, TimeSpan.Zero);
    }

    /// <summary>The first grid point at or after <paramref name="instant"/>.</summary>
    public static DateTimeOffset AlignUp(DateTimeOffset instant, TimeSpan length)
    {
        var down = AlignDown(instant, length);
        return down == instant ? down : down + length;
    }

    /// <summary>Whole minutes only: exports are planned to the minute, whatever the clock's precision.</summary>
    public static DateTimeOffset ToMinute(DateTimeOffset instant) => AlignDown(instant, TimeSpan.FromMinutes(1));

    private static long Mod(long value, long divisor)
    {
        var r = value % divisor;
        return r < 0 ? r + divisor : r;
    }
}
