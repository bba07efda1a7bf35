using System.Globalization;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// ISO-8601 instants with an explicit offset ("2026-11-24T10:00:00Z", "2026-11-24T11:00:00+01:00").
/// A time without an offset is refused: the Lambda runs in UTC and an operator's local time would be silently misread.
/// </summary>
internal static class IsoTimestamp
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out value);
}
