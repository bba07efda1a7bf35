using System.Globalization;

namespace IncrementalExport.Core.Wake;

/// <summary>The one-time schedule's expression: at(yyyy-mm-ddThh:mm:ss) in UTC, rounded up to the second (never early).</summary>
public static class AtExpression
{
    /// <summary>The expression for <paramref name="at"/>.</summary>
    public static string For(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var whole = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var up = whole < utc ? whole.AddSeconds(1) : whole;
        return "at(" + up.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + ")";
    }
}
