using System.CommandLine;
using System.CommandLine.Parsing;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli.Parsing;

/// <summary>
/// A command line the parser refused, in one line that names the offender (and the nearest command or option when one
/// is close), and the command whose usage follows it (the root command for the overview).
/// </summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Command">The command whose usage to show.</param>
internal sealed record UsageError(string Message, Command Command)
{
    /// <summary>The first thing wrong with <paramref name="result"/>, or null when the parser found nothing wrong.</summary>
    public static UsageError? Of(ParseResult result)
    {
        if (result.Errors.Count == 0)
        {
            return null;
        }

        var command = result.CommandResult.Command;
        if (result.Tokens is [var first, ..] && first.Type != TokenType.Command)
        {
            var root = command as RootCommand ?? command.Parents.OfType<RootCommand>().Single();
            return new(UnknownCommand(first.Value, root), root);
        }

        if (result.UnmatchedTokens.Count > 0)
        {
            return new(UnknownWord(result.UnmatchedTokens[0], command), command);
        }

        // The library words a missing option or value, or a repeated option, its own way; these name the option and its value.
        var error = result.Errors[0];
        var message = error.SymbolResult switch
        {
            OptionResult { IdentifierTokenCount: 0 } option => $"missing required option '{option.Option.Name} <{option.Option.HelpName}>'",
            OptionResult { IdentifierTokenCount: > 1, Option.Arity.MaximumNumberOfValues: 1 } option =>
                $"option '{option.Option.Name}' given more than once",
            OptionResult { Tokens.Count: 0, Option.Arity.MinimumNumberOfValues: > 0 } option => CliOptions.NeedsValue(option.Option),
            _ => error.Message,
        };
        return new(message, command);
    }

    private static string UnknownCommand(string word, Command root) => word.StartsWith('-')
        ? $"expected a command before '{word}'"
        : $"unknown command '{word}'{DidYouMean(word, root.Subcommands.Select(c => c.Name))}";

    private static string UnknownWord(string word, Command command)
    {
        if (!word.StartsWith('-'))
        {
            return $"unexpected argument '{word}'";
        }

        var name = word.Split('=')[0];
        return $"unknown option '{name}' for '{command.Name}'{DidYouMean(name, command.Options.Select(o => o.Name))}";
    }

    // The library prints its typo corrections only as a block of its own wording; the settings' rule gives one name in ours.
    private static string DidYouMean(string written, IEnumerable<string> known) =>
        NearestName.Suggest(written, known) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
}
