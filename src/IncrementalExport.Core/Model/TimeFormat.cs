using System.Globalization;

namespace IncrementalExport.Core.Model;

/// <summary>
/// Every way a time is written, in one place: ISO-8601 UTC for people, reports and items; compact for S3 keys; and
/// AWS's own millisecond form where a file or message imitates what AWS writes.
/// </summary>
public static class TimeFormat
{
    /// <summary>2026-11-24T10:15:00Z: UTC with 'Z' and only as many fraction digits as needed, so every tick survives a round trip.</summary>
    public static string Iso(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>20261124T101500Z: sortable and safe in an S3 key.</summary>
    public static string Compact(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// 2026-11-24T10:15:00.000Z: always three fraction digits, as AWS writes times in export manifests and in its error
    /// messages (a different, documented format: only for imitating AWS).
    /// </summary>
    public static string AwsMilliseconds(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads a time written by <see cref="Iso"/> (any ISO-8601 time with an offset).</summary>
    public static DateTimeOffset ParseIso(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
