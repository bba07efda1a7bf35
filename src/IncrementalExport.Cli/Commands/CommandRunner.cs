using Amazon.DynamoDBv2;
using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>
/// Runs a command that works on an environment: loads and checks its settings, resolves --table, builds the context,
/// runs the command, and turns every failure into its exit code and one line on stderr.
/// </summary>
internal sealed class CommandRunner(TextWriter stdout, TextWriter stderr, CliServices services)
{
    public TextWriter Output => stdout;

    public TextWriter Error => stderr;

    public async Task<int> RunAsync(CliCommand command, ParsedCommand parsed, Func<CommandContext, Task> execute, CancellationToken cancellationToken)
    {
        // One client for the command, made when first needed (a settings file's problems are reported before it).
        IAmazonDynamoDB? client = null;
        try
        {
            var (settings, errors) = parsed.StateTable is { } stateTable
                ? await StateTableSettings.LoadAsync(stateTable, client = services.ClientFactory(), cancellationToken)
                : await SettingsFile.LoadAsync(parsed.SettingsPath!, services.ParseSettings, cancellationToken);
            if (settings is null)
            {
                await stderr.WriteLineAsync("error: " + string.Join(Environment.NewLine, errors));
                return ExitCodes.RuntimeError;
            }

            var (tables, unknown) = TableSelection.Resolve(settings, parsed.Tables);
            if (unknown is not null)
            {
                return await UsageAsync(new UsageError(unknown, command));
            }

            client ??= services.ClientFactory();
            await execute(new CommandContext(parsed, settings, tables, client, services, stdout, cancellationToken));
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
        finally
        {
            client?.Dispose();
        }
    }

    /// <summary>Prints the error and the usage of its command on stderr; exit code 2.</summary>
    public async Task<int> UsageAsync(UsageError error)
    {
        await stderr.WriteLineAsync("error: " + error.Message);
        await stderr.WriteLineAsync();
        CommandHelp.Write(error.Command, stderr);
        return ExitCodes.UsageError;
    }
}
