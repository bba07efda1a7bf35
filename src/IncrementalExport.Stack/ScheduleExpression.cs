using System.Globalization;
using System.Text.RegularExpressions;

namespace IncrementalExport.Stack;

/// <summary>
/// Validates EventBridge Scheduler expressions before AWS does, so a typo fails <c>pulumi preview</c> instead of
/// half-way through <c>pulumi up</c>: <c>rate(value unit)</c>, <c>cron(six fields)</c>, <c>at(yyyy-mm-ddThh:mm:ss)</c>.
/// </summary>
public static partial class ScheduleExpression
{
    /// <summary>
    /// The default safety net: hourly. The function wakes itself when work is due (the one-time wake-up schedule);
    /// this schedule only bounds the delay when a wake-up is lost, and re-checks tables blocked on AWS (PITR off).
    /// </summary>
    public const string Default = "rate(1 hour)";

    /// <summary>Why <paramref name="expression"/> is not a valid schedule expression, or null when it is.</summary>
    public static string? Validate(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.StartsWith("rate(", StringComparison.Ordinal))
        {
            return ValidateRate(expression);
        }

        if (expression.StartsWith("cron(", StringComparison.Ordinal))
        {
            return ValidateCron(expression);
        }

        if (expression.StartsWith("at(", StringComparison.Ordinal))
        {
            return ValidateAt(expression);
        }

        return $"'{expression}' is not a schedule expression: use rate(15 minutes), cron(0/15 * * * ? *) or at(2030-01-01T00:00:00)";
    }

    private static string? ValidateRate(string expression)
    {
        var match = RatePattern().Match(expression);
        if (!match.Success)
        {
            return $"'{expression}' is not a rate expression: rate(<whole number> minute|minutes|hour|hours|day|days), e.g. rate(15 minutes)";
        }

        if (!int.TryParse(match.Groups["value"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return $"'{expression}': the scheduler runs at most once a minute; the rate must be at least 1";
        }

        var unit = match.Groups["unit"].Value;
        var plural = unit.EndsWith('s');
        if (value == 1 && plural)
        {
            return $"'{expression}': a rate of 1 takes the singular unit, e.g. rate(1 {unit[..^1]})";
        }

        if (value > 1 && !plural)
        {
            return $"'{expression}': a rate above 1 takes the plural unit, e.g. rate({value} {unit}s)";
        }

        return null;
    }

    private static string? ValidateCron(string expression)
    {
        if (!expression.EndsWith(')'))
        {
            return $"'{expression}' is not a cron expression: cron(minutes hours day-of-month month day-of-week year)";
        }

        var fields = expression["cron(".Length..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            return $"'{expression}' has {fields.Length} fields; a cron expression has six: minutes hours day-of-month month day-of-week year";
        }

        string[] names = ["minutes", "hours", "day-of-month", "month", "day-of-week", "year"];
        Regex[] patterns = [MinutesHoursYear(), MinutesHoursYear(), DayOfMonth(), Month(), DayOfWeek(), MinutesHoursYear()];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!patterns[i].IsMatch(fields[i]))
            {
                return $"'{expression}': the {names[i]} field '{fields[i]}' is not valid";
            }
        }

        // AWS cron cannot restrict both days: exactly one of them must be '?'.
        if ((fields[2] == "?") == (fields[4] == "?"))
        {
            return $"'{expression}': use '?' in exactly one of day-of-month and day-of-week, e.g. cron(0/15 * * * ? *)";
        }

        return null;
    }

    private static string? ValidateAt(string expression)
    {
        var match = AtPattern().Match(expression);
        if (!match.Success || !DateTime.TryParseExact(
                match.Groups["time"].Value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"'{expression}' is not an at expression: at(yyyy-mm-ddThh:mm:ss), e.g. at(2030-01-01T00:00:00)";
        }

        return null;
    }

    [GeneratedRegex(@"^rate\((?<value>[0-9]+) (?<unit>minute|minutes|hour|hours|day|days)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^at\((?<time>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtPattern();

    [GeneratedRegex(@"^[0-9,\-*/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesHoursYear();

    [GeneratedRegex(@"^(\?|[0-9,\-*/LW]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^[0-9A-Za-z,\-*/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"^(\?|[0-9A-Za-z,\-*/L#]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfWeek();
}
