using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Parsing;

/// <summary>A time on the command line: ISO-8601 with an explicit offset, read as the settings read theirs.</summary>
internal static class TimeArgument
{
    /// <summary>The time, or null when the text is not an ISO-8601 time with an offset.</summary>
    public static DateTimeOffset? TryParse(string text) => IsoTimestamp.Parse(text, out _);
}
