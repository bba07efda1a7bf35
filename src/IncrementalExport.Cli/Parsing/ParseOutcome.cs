namespace IncrementalExport.Cli.Parsing;

/// <summary>What the command line asks for: a command to run, help, the version, or a usage error. A closed set.</summary>
internal abstract record ParseOutcome;

/// <summary>Run <see cref="Command"/> with these option values.</summary>
/// <param name="Command">The command.</param>
/// <param name="SettingsPath">The --settings file; null when the settings come from --state-table.</param>
/// <param name="Tables">The --table values in the order given, duplicates removed; empty when none were given.</param>
/// <param name="Json">Whether --json was given.</param>
/// <param name="From">The --from time, when given.</param>
internal sealed record Invocation(
    CommandSpec Command,
    string? SettingsPath,
    IReadOnlyList<string> Tables,
    bool Json,
    DateTimeOffset? From) : ParseOutcome
{
    /// <summary>The --state-table whose settings item holds the settings; null when they come from --settings.</summary>
    public string? StateTable { get; init; }

    /// <summary>Every option's values by name (e.g. "--out"), for options only some commands take.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The first value of <paramref name="option"/>, or null when it was not given.</summary>
    public string? Value(string option) => Values.TryGetValue(option, out var values) ? values[0] : null;
}

/// <summary>Print help: for one command, or the overview when <see cref="Command"/> is null.</summary>
internal sealed record HelpRequest(CommandSpec? Command) : ParseOutcome;

/// <summary>Print the version.</summary>
internal sealed record VersionRequest : ParseOutcome;

/// <summary>The command line is wrong; <see cref="Message"/> names the offending word.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Command">The command whose usage to show, or null for the overview.</param>
internal sealed record UsageError(string Message, CommandSpec? Command) : ParseOutcome;
