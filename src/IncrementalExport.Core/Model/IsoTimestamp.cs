using System.Globalization;
using System.Text.RegularExpressions;

namespace IncrementalExport.Core.Model;

/// <summary>
/// Reads ISO-8601 timestamps that people type, strictly: an explicit offset is required, as a local time would mean a
/// different instant on every machine (they are written by <see cref="TimeFormat.Iso"/>).
/// </summary>
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

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(?<offset>Z|[+-][0-9]{2}:[0-9]{2})?$")]
    private static partial Regex Shape();
}
