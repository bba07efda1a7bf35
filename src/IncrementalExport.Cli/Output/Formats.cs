using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Output;

/// <summary>How times, durations and windows read in the text output (JSON is the reports' own, docs/reports.md).</summary>
internal static partial class Formats
{
    public const string None = "-";

    /// <summary>ISO-8601 in UTC with a Z; fractional seconds only when there are any.</summary>
    public static string Time(DateTimeOffset time) => TimeFormat.Iso(time);

    /// <summary>The time, or "-".</summary>
    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : None;

    /// <summary>A lag as days, hours and minutes (e.g. 1h05m, 2d03h00m), seconds under a minute, or "-".</summary>
    public static string Lag(TimeSpan? lag)
    {
        if (lag is not { } value)
        {
            return None;
        }

        var sign = value < TimeSpan.Zero ? "-" : "";
        var abs = value.Duration();
        var text = abs switch
        {
            _ when abs < TimeSpan.FromMinutes(1) => $"{abs.Seconds}s",
            _ when abs < TimeSpan.FromHours(1) => $"{abs.Minutes}m",
            _ when abs < TimeSpan.FromDays(1) => $"{abs.Hours}h{abs.Minutes:D2}m",
            _ => $"{abs.Days}d{abs.Hours:D2}h{abs.Minutes:D2}m",
        };
        return sign + text;
    }

    /// <summary>"full &lt;time&gt;" or "incremental &lt;from&gt;/&lt;to&gt;" (an ISO-8601 interval), or "-".</summary>
    public static string Window(ExportWindow? window) => window switch
    {
        null => None,
        { Kind: ExportKind.Full } => $"full {Time(window.To)}",
        _ => $"incremental {Time(window.From)}/{Time(window.To)}",
    };

    /// <summary>The export in flight: its window and ARN, or "starting" while only the intent is recorded.</summary>
    public static string InFlight(InFlightExport? export) =>
        export is null ? None : $"{Window(export.Window)} {export.ExportArn ?? "starting"}";

    /// <summary>The text on one line: an AWS message can span several (with blank lines), a table cell or an error line must not.</summary>
    public static string OneLine(string text) => LineBreak().Replace(text, " ");

    /// <summary>The text, or "-" when there is none.</summary>
    public static string OrNone(string? text) => string.IsNullOrEmpty(text) ? None : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]*(\r\n|\r|\n)\s*")]
    private static partial System.Text.RegularExpressions.Regex LineBreak();
}
