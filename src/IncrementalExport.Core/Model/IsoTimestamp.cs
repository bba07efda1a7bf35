using System.Globalization;
using System.Text.RegularExpressions;

namespace IncrementalExport.Core.Model;

/// <summary>ISO-8601 timestamps with an explicit offset: a local time would mean a different instant on every machine.</summary>
public static partial class IsoTimestamp
{
    private const string Example = "2026-11-24T10:00:00Z";

    /// <summary>Parses to UTC, or returns the message naming the value.</summary>
    public static DateTimeOffset? Parse(string text, out string? problem)
    {
        problem = null;
        var shape = Shape().Match(text);
        if (!shape.Success)
        {
            problem = $"'{text}' is not an ISO-8601 timestamp such as {Example}";
            return null;
        }

        if (!shape.Groups["offset"].Success)
        {
            problem = $"'{text}' has no UTC offset, so it is ambiguous; end it with Z or an offset, e.g. '{text}Z' or '{text}+01:00'";
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            problem = $"'{text}' is not a valid date and time";
            return null;
        }

        return value.ToUniversalTime();
    }

    /// <summary>UTC with 'Z' and only as many fraction digits as needed, so every tick survives a round trip.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(?<offset>Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex Shape();
}
