namespace IncrementalExport.Cli.Parsing;

/// <summary>A command line the parser accepted: the command and the values of the options it takes.</summary>
/// <param name="Command">The command word, e.g. "status".</param>
internal sealed record ParsedCommand(string Command)
{
    /// <summary>The --settings file; null when the settings come from --state-table (or the command takes none).</summary>
    public string? SettingsPath { get; init; }

    /// <summary>The --state-table whose settings item holds the settings; null when they come from --settings.</summary>
    public string? StateTable { get; init; }

    /// <summary>The --table values in order, without duplicates; empty for "every configured table".</summary>
    public IReadOnlyList<string> Tables { get; init; } = [];

    /// <summary>--json: print JSON instead of text.</summary>
    public bool Json { get; init; }

    /// <summary>reset --from: the new full export's time; null for the latest restorable time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>materialize and demo --out: the folder to write into.</summary>
    public string? Out { get; init; }

    /// <summary>materialize --from-dir: a local copy of the bucket to read instead of S3.</summary>
    public string? FromDir { get; init; }

    /// <summary>local --bucket: the bucket to create on the S3 server.</summary>
    public string? Bucket { get; init; }
}
