using System.Globalization;

namespace IncrementalExport.Core.Model;

/// <summary>The two ways times are written: ISO-8601 UTC for people and items, compact for S3 keys.</summary>
public static class TimeFormat
{
    /// <summary>2026-11-24T10:15:00Z (fractions only when present).</summary>
    public static string Iso(DateTimeOffset t) => IsoTimestamp.Format(t);

    /// <summary>20261124T101500Z: sortable and safe in an S3 key.</summary>
    public static string Compact(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads a time written by <see cref="Iso"/> (any ISO-8601 time with an offset).</summary>
    public static DateTimeOffset ParseIso(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
