using System.Reflection;
using Amazon.DynamoDBv2;
using IncrementalExport.Cli.Commands;
using IncrementalExport.Cli.Parsing;
using IncrementalExport.Core.Settings;

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
        Func<ExportSettings, IAmazonDynamoDB>? clientFactory = null,
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
        switch (ArgumentParser.Parse(args, CommandTable.Specs))
        {
            case HelpRequest help:
                await stdout.WriteAsync(help.Command is null ? UsageText.Overview(CommandTable.Specs) : UsageText.For(help.Command));
                return ExitCodes.Success;
            case VersionRequest:
                await stdout.WriteLineAsync($"{UsageText.Program} {Version}");
                return ExitCodes.Success;
            case UsageError error:
                return await UsageAsync(stderr, error.Message, error.Command);
            case Invocation invocation when LocalCommands.Find(invocation.Command) is { } local:
                return await local(invocation, stdout, stderr, cancellationToken);
            case Invocation invocation:
                return await ExecuteAsync(invocation, stdout, stderr, services, cancellationToken);
            default:
                throw new InvalidOperationException("unhandled parse outcome");
        }
    }

    private static async Task<int> ExecuteAsync(
        Invocation invocation,
        TextWriter stdout,
        TextWriter stderr,
        CliServices services,
        CancellationToken cancellationToken)
    {
        try
        {
            var (settings, errors) = invocation.StateTable is { } stateTable
                ? await StateTableSettings.LoadAsync(stateTable, services, cancellationToken)
                : await SettingsFile.LoadAsync(invocation.SettingsPath!, services.ParseSettings, cancellationToken);
            if (settings is null)
            {
                await stderr.WriteLineAsync("error: " + string.Join(Environment.NewLine, errors));
                return ExitCodes.RuntimeError;
            }

            var (tables, unknown) = TableSelection.Resolve(settings, invocation.Tables);
            if (unknown is not null)
            {
                return await UsageAsync(stderr, unknown, invocation.Command);
            }

            using var client = services.ClientFactory(settings);
            var context = new CommandContext(invocation, settings, tables, client, services, stdout, cancellationToken);
            await CommandTable.For(invocation.Command).ExecuteAsync(context);
            return ExitCodes.Success;
        }
        catch (OptionRefusedException e)
        {
            await stderr.WriteLineAsync("error: " + e.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync("error: " + ErrorMessages.Describe(e));
            return ExitCodes.RuntimeError;
        }
    }

    private static async Task<int> UsageAsync(TextWriter stderr, string message, CommandSpec? command)
    {
        await stderr.WriteLineAsync("error: " + message);
        await stderr.WriteLineAsync();
        await stderr.WriteAsync(command is null ? UsageText.Overview(CommandTable.Specs) : UsageText.For(command));
        return ExitCodes.UsageError;
    }

    private static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
