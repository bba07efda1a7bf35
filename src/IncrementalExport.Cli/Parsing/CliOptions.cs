namespace IncrementalExport.Cli.Parsing;

/// <summary>The options the commands share, so every command spells and explains them the same way.</summary>
internal static class CliOptions
{
    public const string SettingsName = "--settings";
    public const string StateTableName = "--state-table";
    public const string TableName = "--table";
    public const string JsonName = "--json";
    public const string FromName = "--from";

    public static readonly OptionSpec Settings =
        new(SettingsName, "file.json", $"The environment's settings document ({SettingsName} or {StateTableName} is required).");

    public static readonly OptionSpec StateTable =
        new(StateTableName, "name", "Read the settings from this state table's settings item, as the deployed function does (pulumi stack output stateTableName).");

    /// <summary>Where the settings come from: one of the two is required (the parser checks).</summary>
    public static readonly OptionSpec[] SettingsSource = [Settings, StateTable];

    public static readonly OptionSpec OptionalTable =
        new(TableName, "name", "Only this table (name or ARN as configured).");

    public static readonly OptionSpec SomeTables =
        new(TableName, "name", "Only these tables (name or ARN; repeat for more). Default: every configured table.", Repeatable: true);

    public static readonly OptionSpec RequiredTable =
        new(TableName, "name", "The table to act on (name or ARN as configured).", Required: true);

    public static readonly OptionSpec Json =
        new(JsonName, null, "Print JSON instead of text (property names are stable, see docs/cli.md).");

    public static readonly OptionSpec From =
        new(FromName, "time", "The new full export's time, ISO-8601 with an offset (e.g. 2026-11-24T10:00:00Z). Default: the latest restorable time.");

    public static readonly OptionSpec Out =
        new("--out", "dir", "The folder to write into (required).", Required: true);

    public static readonly OptionSpec FromDir =
        new("--from-dir", "root", "Read the export files from a local copy laid out as <root>/<bucket>/<key> instead of S3.");
}
