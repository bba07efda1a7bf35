using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli.Parsing;

/// <summary>
/// Turns argv into a <see cref="ParseOutcome"/>. Grammar: <c>&lt;command&gt; [--option value | --option=value | --flag]...</c>.
/// A value that starts with '-' must be given as <c>--option=value</c>, so a forgotten value is reported, not
/// silently filled with the next option.
/// </summary>
internal static class ArgumentParser
{
    private static readonly string[] HelpFlags = ["-h", "--help"];
    private const string VersionFlag = "--version";

    /// <summary>Parses <paramref name="args"/> against the known <paramref name="commands"/>.</summary>
    public static ParseOutcome Parse(IReadOnlyList<string> args, IReadOnlyList<CommandSpec> commands)
    {
        var command = args.Count > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (args.Any(a => HelpFlags.Contains(a)))
        {
            return new HelpRequest(command);
        }

        if (args.Contains(VersionFlag))
        {
            return new VersionRequest();
        }

        if (args.Count == 0)
        {
            return new UsageError("no command given", null);
        }

        if (command is null)
        {
            return args[0].StartsWith('-')
                ? new UsageError($"expected a command before '{args[0]}'", null)
                : new UsageError($"unknown command '{args[0]}'{DidYouMean(args[0], commands.Select(c => c.Name))}", null);
        }

        return ParseOptions(command, args);
    }

    private static ParseOutcome ParseOptions(CommandSpec command, IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var token = args[i];
            if (!token.StartsWith('-'))
            {
                return Error(command, $"unexpected argument '{token}'");
            }

            var (name, inline) = Split(token);
            var option = command.FindOption(name);
            if (option is null)
            {
                return Error(command, $"unknown option '{name}' for '{command.Name}'{DidYouMean(name, command.Options.Select(o => o.Name))}");
            }

            string value;
            if (option.IsFlag)
            {
                if (inline is not null)
                {
                    return Error(command, $"option '{name}' takes no value");
                }

                value = "";
            }
            else if (inline is not null)
            {
                value = inline;
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                value = args[++i];
            }
            else
            {
                return Error(command, $"option '{name}' needs a value <{option.ValueName}>");
            }

            if (!option.IsFlag && value.Length == 0)
            {
                return Error(command, $"option '{name}' needs a non-empty value <{option.ValueName}>");
            }

            if (values.TryGetValue(name, out var list) && !option.Repeatable)
            {
                return Error(command, $"option '{name}' given more than once");
            }

            (list ??= values[name] = []).Add(value);
        }

        return Build(command, values);
    }

    private static ParseOutcome Build(CommandSpec command, Dictionary<string, List<string>> values)
    {
        var missing = command.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name));
        if (missing is not null)
        {
            return Error(command, $"missing required option '{missing.Name} <{missing.ValueName}>'");
        }

        // The settings come from a file or from the deployed stack's state table, never both.
        var fromFile = values.ContainsKey(CliOptions.SettingsName);
        var fromTable = values.ContainsKey(CliOptions.StateTableName);
        if (command.FindOption(CliOptions.SettingsName) is not null && fromFile == fromTable)
        {
            return Error(command, fromFile
                ? $"give either '{CliOptions.SettingsName}' or '{CliOptions.StateTableName}', not both"
                : $"missing required option '{CliOptions.SettingsName} <file.json>' or '{CliOptions.StateTableName} <name>'");
        }

        DateTimeOffset? from = null;
        if (values.TryGetValue(CliOptions.FromName, out var fromValues))
        {
            from = TimeArgument.TryParse(fromValues[0]);
            if (from is null)
            {
                return Error(
                    command,
                    $"option '{CliOptions.FromName}': '{fromValues[0]}' is not an ISO-8601 time with an offset (e.g. 2026-11-24T10:00:00Z)");
            }
        }

        // Only the local commands (local, demo) take no settings; every other command requires them.
        return new Invocation(
            command,
            fromFile ? values[CliOptions.SettingsName][0] : null,
            values.TryGetValue(CliOptions.TableName, out var tables) ? tables.Distinct(StringComparer.Ordinal).ToList() : [],
            values.ContainsKey(CliOptions.JsonName),
            from)
        {
            StateTable = fromTable ? values[CliOptions.StateTableName][0] : null,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value, StringComparer.Ordinal),
        };
    }

    private static (string Name, string? Inline) Split(string token)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return token.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (token[..equals], token[(equals + 1)..])
            : (token, null);
    }

    private static UsageError Error(CommandSpec command, string message) => new(message, command);

    private static string DidYouMean(string written, IEnumerable<string> known) =>
        NearestName.Suggest(written, known) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
}
