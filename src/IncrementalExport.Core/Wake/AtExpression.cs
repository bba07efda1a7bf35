using System.Globalization;

namespace IncrementalExport.Core.Wake;

/// <summary>
/// The one-time schedule's expression, at(yyyy-mm-ddThh:mm:ss) in UTC, rounded up to the whole minute: EventBridge
/// Scheduler invokes with 60-second precision (a schedule for 1:00 runs between 1:00:00 and 1:00:59), so a time inside
/// a minute could run up to 59 s early and find nothing due yet.
/// </summary>
public static class AtExpression
{
    /// <summary>The expression for <paramref name="at"/>.</summary>
    public static string For(DateTimeOffset at) =>
        "at(" + MinuteUp(at).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + ")";

    /// <summary><paramref name="at"/> in UTC, rounded up to the whole minute.</summary>
    public static DateTimeOffset MinuteUp(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var down = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        return down < utc ? down.AddMinutes(1) : down;
    }
}
