using System.CommandLine;
using System.CommandLine.Parsing;
using IncrementalExport.Cli.Output;
using IncrementalExport.Cli.Parsing;
using IncrementalExport.Core.Engine;

namespace IncrementalExport.Cli.Commands;

/// <summary>Every command, in the order help lists them. Each is one engine call and one formatter call.</summary>
internal static class CommandTable
{
    public const string Description = "Operates the engine that keeps DynamoDB tables continuously exported to S3.";

    /// <summary>The command line: every command under the root, whose own action reports a missing command.</summary>
    public static RootCommand CreateRoot(CommandRunner runner)
    {
        var root = new RootCommand(Description) { HelpName = CommandHelp.Program };
        foreach (var command in Create(new CliOptions(), runner))
        {
            root.Subcommands.Add(command);
        }

        CommandHelp.Install(root);
        root.SetAction((_, _) => runner.UsageAsync(new UsageError("no command given", root)));
        return root;
    }

    private static List<CliCommand> Create(CliOptions o, CommandRunner runner)
    {
        Option[] someTables = [o.SomeTables, o.Json];
        Option[] oneTable = [o.RequiredTable, o.Json];
        return
        [
            Engine("status", "Show each table's phase, epoch, watermark, lag, export in flight and last error; changes nothing.",
                "status --settings settings.json --table orders --json", [o.OptionalTable, o.Json],
                async c => c.Formatter.WriteStatus(c.Output, await c.Engine.StatusAsync(c.SelectedTables, c.CancellationToken))),
            Engine("run", "Run one tick now: move each table forward by at most one step, and print what was done.",
                "run --settings settings.json --table orders --table customers", someTables, c => TickAsync(c, dryRun: false)),
            Engine("plan", "Show what the next tick would do; starts and writes nothing.",
                "plan --settings settings.json", someTables, c => TickAsync(c, dryRun: true)),
            Engine("pause", "Stop starting new exports for a table; an export in flight is still followed and recorded.",
                "pause --settings settings.json --table orders", oneTable,
                async c => c.Formatter.WriteOperator(c.Output, await c.Engine.PauseAsync(c.Table, c.CancellationToken))),
            Engine("resume", "Let a paused or blocked table go on.",
                "resume --settings settings.json --table orders", oneTable,
                async c => c.Formatter.WriteOperator(c.Output, await c.Engine.ResumeAsync(c.Table, c.CancellationToken))),
            Engine("reset", "Start a new epoch with a full export (at --from, inside the PITR window, or the latest restorable time) on the next tick.",
                "reset --settings settings.json --table orders --from 2026-11-24T10:00:00Z", [o.RequiredTable, o.From, o.Json], ResetAsync),
            Engine("history", "List a table's completed exports in the order a consumer applies them (epoch, then sequence).",
                "history --settings settings.json --table orders --json", oneTable,
                async c => c.Formatter.WriteHistory(c.Output, await c.Engine.HistoryAsync(c.Table, c.CancellationToken))),
            Engine("init", "Create the state table named in the settings if it is missing (for local use; in AWS the stack creates it).",
                "init --settings settings.json", [], InitAsync),
            Engine("materialize", MaterializeCommand.Description, "materialize --settings settings.json --table orders --out lake",
                [o.RequiredTable, o.Out, o.FromDir], MaterializeCommand.ExecuteAsync),
            .. LocalCommands.Create(o, runner),
        ];

        // A command on an environment: its settings come from a file or from the deployed stack's state table, never both.
        CliCommand Engine(string name, string description, string example, Option[] options, Func<CommandContext, Task> execute)
        {
            var command = new CliCommand(name, description, example, [o.Settings, o.StateTable, .. options]);
            command.Validators.Add(result => RequireOneSettingsSource(result, o));
            command.SetAction((parse, ct) => runner.RunAsync(command, o.Read(parse), execute, ct));
            return command;
        }
    }

    private static void RequireOneSettingsSource(CommandResult result, CliOptions o)
    {
        var fromFile = result.GetResult(o.Settings) is not null;
        if (fromFile == (result.GetResult(o.StateTable) is not null))
        {
            result.AddError(fromFile
                ? "give either '--settings' or '--state-table', not both"
                : "missing required option '--settings <file.json>' or '--state-table <name>'");
        }
    }

    private static async Task TickAsync(CommandContext context, bool dryRun)
    {
        var request = new TickRequest(context.SelectedTables, StopStartingAt: null, DryRun: dryRun);
        var report = await context.Engine.TickAsync(request, context.CancellationToken);
        context.Formatter.WriteTick(context.Output, report);
        // Exit 1 when a table's step is Error, and when no table could be handled because AWS could not be reached at all
        // (endpoint down, no credentials or region): a wrapper must not read a broken setup as success. A run that AWS
        // only throttled is not broken: its tables are Deferred and the next run retries them.
        var failed = report.Tables.Where(t => t.Step == StepKind.Error).ToList();
        var nothingDone = report.Tables.Count > 0
            && report.Tables.All(t => t.Step == StepKind.Error || t.Step == StepKind.Deferred && t.AwsUnreachable);
        if (failed.Count == 0 && !nothingDone)
        {
            return;
        }

        var lines = (nothingDone ? report.Tables : failed).Select(t => $"{t.Table}: {ErrorMessages.WithHint(Formats.OneLine(t.Detail))}").ToList();
        if (nothingDone && report.Tables.Any(t => t.AwsUnreachable))
        {
            lines.Insert(0, $"nothing could be done for any of the {report.Tables.Count} table(s): AWS could not be reached");
        }

        throw new TickErrorsException(string.Join(Environment.NewLine + "error: ", lines));
    }

    // The engine refuses a --from outside the table's PITR window only once it has asked AWS: a wrong option value all the same.
    private static async Task ResetAsync(CommandContext c)
    {
        OperatorResult result;
        try
        {
            result = await c.Engine.ResetAsync(c.Table, c.Parsed.From, c.CancellationToken);
        }
        catch (RequestRefusedException e)
        {
            throw new OptionRefusedException($"option '{CliOptions.FromName}': {e.Message}", e);
        }

        c.Formatter.WriteOperator(c.Output, result);
    }

    // The only command without the engine: the state table must exist before the engine can read it.
    private static async Task InitAsync(CommandContext context)
    {
        var name = context.Settings.StateTable;
        var created = await context.Services.CreateStateTable(context.DynamoDb, name, context.CancellationToken);
        await context.Output.WriteLineAsync(created
            ? $"Created state table '{name}'."
            : $"State table '{name}' already exists; nothing changed.");
    }
}
