using System.Text;

namespace IncrementalExport.Cli.Parsing;

/// <summary>The help text, generated from the command specs so it cannot drift from what the parser accepts.</summary>
internal static class UsageText
{
    public const string Program = "incremental-export";

    /// <summary>The overview: every command and the global options.</summary>
    public static string Overview(IReadOnlyList<CommandSpec> commands)
    {
        var text = new StringBuilder();
        text.AppendLine($"Usage: {Program} <command> (--settings <file.json> | --state-table <name>) [options]");
        text.AppendLine();
        text.AppendLine("Operates the engine that keeps DynamoDB tables continuously exported to S3.");
        text.AppendLine();
        text.AppendLine("Commands:");
        var width = commands.Max(c => c.Name.Length);
        foreach (var command in commands)
        {
            text.AppendLine($"  {command.Name.PadRight(width)}  {command.Summary}");
        }

        text.AppendLine();
        text.AppendLine("Global options:");
        text.AppendLine("  -h, --help   Show help; '<command> --help' shows a command's options.");
        text.AppendLine("  --version    Show the version.");
        text.AppendLine();
        AppendFooter(text);
        return text.ToString();
    }

    /// <summary>One command's synopsis, options and example.</summary>
    public static string For(CommandSpec command)
    {
        var text = new StringBuilder();
        text.AppendLine($"Usage: {Program} {command.Name} {Synopsis(command)}");
        text.AppendLine();
        text.AppendLine(command.Summary);
        text.AppendLine();
        text.AppendLine("Options:");
        var labels = command.Options.Select(o => o.IsFlag ? o.Name : $"{o.Name} <{o.ValueName}>").ToList();
        var width = labels.Max(l => l.Length);
        for (var i = 0; i < labels.Count; i++)
        {
            text.AppendLine($"  {labels[i].PadRight(width)}  {command.Options[i].Description}");
        }

        text.AppendLine();
        text.AppendLine("Example:");
        text.AppendLine($"  {Program} {command.Example}");
        text.AppendLine();
        AppendFooter(text);
        return text.ToString();
    }

    // The two sources of settings read as one required choice.
    private static string Synopsis(CommandSpec command)
    {
        var synopsis = string.Join(' ', command.Options.Select(o => o.Synopsis));
        var pair = $"{CliOptions.Settings.Synopsis} {CliOptions.StateTable.Synopsis}";
        return synopsis.Replace(
            pair, $"({CliOptions.SettingsName} <{CliOptions.Settings.ValueName}> | {CliOptions.StateTableName} <{CliOptions.StateTable.ValueName}>)", StringComparison.Ordinal);
    }

    private static void AppendFooter(StringBuilder text)
    {
        text.AppendLine("AWS credentials and region come from the default chain; AWS_ENDPOINT_URL_DYNAMODB points at another endpoint.");
        text.AppendLine("Exit codes: 0 success, 1 runtime error (settings, AWS; a run or plan with a table in Error or AWS unreachable),");
        text.AppendLine("2 usage error (also a reset --from outside the table's PITR window).");
    }
}
