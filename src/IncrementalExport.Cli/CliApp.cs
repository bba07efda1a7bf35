using System.CommandLine;
using System.CommandLine.Invocation;
using Amazon.DynamoDBv2;
using IncrementalExport.Cli.Commands;
using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli;

/// <summary>The operator CLI: parses the command line, loads the settings, runs one command against the engine.</summary>
public static class CliApp
{
    /// <summary>
    /// Runs the CLI. Results go to <paramref name="stdout"/>, errors and usage to <paramref name="stderr"/>.
    /// Returns 0 on success, 1 when the command was stopped by an error (settings, AWS) or a run/plan could handle no
    /// table, 2 on a usage error (also a reset --from outside the table's PITR window).
    /// </summary>
    /// <param name="args">The command line without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and usage go.</param>
    /// <param name="clientFactory">Creates the DynamoDB client (disposed after the command); default: the SDK's default chain.</param>
    /// <param name="time">The engine's clock; default: the system clock.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    public static Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        Func<IAmazonDynamoDB>? clientFactory = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(args, stdout, stderr, CliServices.Create(clientFactory, time), cancellationToken);

    internal static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter stdout,
        TextWriter stderr,
        CliServices services,
        CancellationToken cancellationToken)
    {
        var runner = new CommandRunner(stdout, stderr, services);
        var result = CommandTable.CreateRoot(runner).Parse(args, Parser);
        if (result.Action is ParseErrorAction && UsageError.Of(result) is { } error)
        {
            return await runner.UsageAsync(error);
        }

        // Help, version and the commands; every command reports its own failures, so nothing is left to a default handler.
        return await result.InvokeAsync(
            new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null, // local handles Ctrl-C and SIGTERM itself; the other commands end with the process
            },
            cancellationToken);
    }

    // Every word is what it says: no @response files, no bundled single-letter flags (the CLI has none).
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };
}
