using System.CommandLine;
using System.CommandLine.Parsing;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Parsing;

/// <summary>
/// The options the commands share, so every command spells, explains and checks them the same way. One set per
/// command line: the library links an option to the commands it is added to.
/// </summary>
internal sealed class CliOptions
{
    public const string FromName = "--from";

    public Option<string> Settings { get; } =
        Value("--settings", "file.json", "The environment's settings document (--settings or --state-table is required).");

    public Option<string> StateTable { get; } =
        Value("--state-table", "name", "Read the settings from this state table's settings item, as the deployed function does (pulumi stack output stateTableName).");

    public Option<string> OptionalTable { get; } = Value("--table", "name", "Only this table (name or ARN as configured).");

    public Option<string[]> SomeTables { get; } = Value<string[]>(
        "--table", "name", "Only these tables (name or ARN; repeat for more). Default: every configured table.");

    public Option<string> RequiredTable { get; } = Required(Value("--table", "name", "The table to act on (name or ARN as configured)."));

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of text (property names are stable, see docs/cli.md).",
        Arity = ArgumentArity.Zero,
    };

    public Option<DateTimeOffset?> From { get; } = Value<DateTimeOffset?>(
        FromName, "time", "The new full export's time, ISO-8601 with an offset (e.g. 2026-11-24T10:00:00Z). Default: the latest restorable time.", ParseTime);

    public Option<string> Out { get; } = Required(Value("--out", "dir", "The folder to write into."));

    public Option<string> FromDir { get; } =
        Value("--from-dir", "root", "Read the export files from a local copy laid out as <root>/<bucket>/<key> instead of S3.");

    public Option<string> Bucket { get; } = Value("--bucket", "name", "The bucket to create on the S3 server (default: local-exports).");

    /// <summary>What was given on the command line for <paramref name="result"/>'s command.</summary>
    public ParsedCommand Read(ParseResult result) => new(result.CommandResult.Command.Name)
    {
        SettingsPath = Given(result, Settings),
        StateTable = Given(result, StateTable),
        Tables = [.. new Option[] { SomeTables, OptionalTable, RequiredTable }
            .Select(o => result.GetResult(o)).OfType<OptionResult>().SelectMany(r => r.Tokens).Select(t => t.Value).Distinct(StringComparer.Ordinal)],
        Json = Given(result, Json),
        From = Given(result, From),
        Out = Given(result, Out),
        FromDir = Given(result, FromDir),
        Bucket = Given(result, Bucket),
    };

    // An option the command does not take reads as not given.
    private static T? Given<T>(ParseResult result, Option<T> option) => result.GetResult(option) is null ? default : result.GetValue(option);

    /// <summary>
    /// An option with a value. A word that is one of the command's options is not taken as its value, so a forgotten
    /// value is reported instead of swallowing the next option; an empty value counts as none.
    /// </summary>
    private static Option<T> Value<T>(string name, string valueName, string description, Func<ArgumentResult, T?>? parse = null)
    {
        var option = new Option<T>(name) { HelpName = valueName, Description = description, CustomParser = parse };
        option.Validators.Add(result =>
        {
            if (result.IdentifierTokenCount > result.Tokens.Count || result.Tokens.Any(t => t.Value.Length == 0 || IsOption(result, t.Value)))
            {
                result.AddError(NeedsValue(option));
            }
        });
        return option;
    }

    /// <summary>The message for an option given without its value.</summary>
    public static string NeedsValue(Option option) => $"option '{option.Name}' needs a value <{option.HelpName}>";

    private static bool IsOption(OptionResult result, string word)
    {
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            if (parent.Command.Options.Any(o => o.Name == word || o.Aliases.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static Option<string> Value(string name, string valueName, string description) => Value<string>(name, valueName, description);

    private static Option<string> Required(Option<string> option)
    {
        option.Required = true;
        return option;
    }

    // Read as the settings read their times: ISO-8601 with an explicit offset, never a machine's local time.
    private static DateTimeOffset? ParseTime(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        var time = IsoTimestamp.Parse(text, out _);
        if (time is null && text.Length > 0)
        {
            result.AddError($"option '{FromName}': '{text}' is not an ISO-8601 time with an offset (e.g. 2026-11-24T10:00:00Z)");
        }

        return time;
    }
}
