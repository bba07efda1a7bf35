using System.Globalization;
using System.Text.RegularExpressions;

namespace IncrementalExport.Cli.Parsing;

/// <summary>
/// Reads an ISO-8601 time that states its offset. A time without one is refused rather than read as local time:
/// an export time an hour off is a silent gap or overlap in the chain.
/// </summary>
internal static partial class TimeArgument
{
    /// <summary>The time, or null when <paramref name="text"/> is not an ISO-8601 date-time with Z or ±hh:mm.</summary>
    public static DateTimeOffset? TryParse(string text)
    {
        if (!Shape().IsMatch(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
