using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace IncrementalExport.Cli.Parsing;

/// <summary>
/// The help text: the library's (description, usage, commands or options), then the command's example and the footer
/// every page ends with. The same text follows a usage error on stderr.
/// </summary>
internal sealed class CommandHelp : SynchronousCommandLineAction
{
    public const string Program = "incremental-export";

    private readonly HelpAction _library;

    private CommandHelp(HelpAction library) => _library = library;

    /// <summary>Makes the help option of <paramref name="root"/> print this CLI's help.</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        var library = (HelpAction)option.Action!;
        library.MaxWidth = MaxWidth;
        option.Action = new CommandHelp(library);
    }

    /// <summary>Writes the help of <paramref name="command"/> (the overview for the root command) to <paramref name="output"/>.</summary>
    public static void Write(Command command, TextWriter output)
    {
        var root = command as RootCommand ?? command.Parents.OfType<RootCommand>().Single();
        string[] args = command == root ? ["--help"] : [command.Name, "--help"];
        root.Parse(args).Invoke(new InvocationConfiguration { Output = output });
    }

    public override int Invoke(ParseResult parseResult)
    {
        _library.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.CommandResult.Command is CliCommand command)
        {
            output.WriteLine("Example:");
            output.WriteLine($"  {Program} {command.Example}");
            output.WriteLine();
        }

        output.WriteLine("AWS credentials and region come from the default chain; AWS_ENDPOINT_URL_DYNAMODB points at another endpoint.");
        output.WriteLine("Exit codes: 0 success, 1 runtime error (settings, AWS; a run or plan with a table in Error or AWS unreachable),");
        output.WriteLine("2 usage error (also a reset --from outside the table's PITR window).");
        return ExitCodes.Success;
    }

    // Wide enough that no description is wrapped: the text reads the same in a terminal, a pipe or a test.
    private const int MaxWidth = 1000;
}
