using System.Globalization;
using System.Text.RegularExpressions;

namespace IncrementalExport.Stack;

/// <summary>
/// The rule for the stack's <c>schedule</c> now that it is the safety net behind the one-time wake-up: it must recur
/// (an <c>at(...)</c> would tick once, and a lost wake-up would then stall every table), and a rate may not exceed a
/// day, since a lost wake-up waits for it.
/// </summary>
public static partial class SafetyNetSchedule
{
    /// <summary>The longest safety-net rate.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <summary>Why a valid schedule expression cannot be the safety net, or null when it can.</summary>
    public static string? Problem(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.StartsWith("at(", StringComparison.Ordinal))
        {
            return $"'{expression}' runs once; the schedule is the safety net behind the function's own wake-ups and must recur, e.g. rate(1 hour)";
        }

        return Period(expression) is { } period && period > Longest
            ? $"'{expression}': a lost wake-up waits for the safety net, which may not be longer than a day; use e.g. rate(1 hour)"
            : null;
    }

    /// <summary>The period of a rate expression, or null for any other.</summary>
    public static TimeSpan? Period(string expression)
    {
        var match = Rate().Match(expression ?? "");
        if (!match.Success)
        {
            return null;
        }

        var value = int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "minute" or "minutes" => TimeSpan.FromMinutes(value),
            "hour" or "hours" => TimeSpan.FromHours(value),
            _ => TimeSpan.FromDays(value),
        };
    }

    [GeneratedRegex(@"^rate\((?<value>[0-9]{1,6}) (?<unit>minute|minutes|hour|hours|day|days)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rate();
}
