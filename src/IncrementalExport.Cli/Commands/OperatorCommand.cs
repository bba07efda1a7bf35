using IncrementalExport.Cli.Parsing;
using IncrementalExport.Core.Engine;

namespace IncrementalExport.Cli.Commands;

/// <summary>pause, resume and reset: one engine call on one table, printing the OperatorResult.</summary>
internal sealed class OperatorCommand : ICliCommand
{
    private readonly Func<IExportEngine, CommandContext, Task<OperatorResult>> _act;

    private OperatorCommand(CommandSpec spec, Func<IExportEngine, CommandContext, Task<OperatorResult>> act)
    {
        Spec = spec;
        _act = act;
    }

    public CommandSpec Spec { get; }

    public static OperatorCommand Pause() => new(
        new CommandSpec(
            "pause",
            "Stop starting new exports for a table; an export in flight is still followed and recorded.",
            "pause --settings settings.json --table orders",
            [CliOptions.Settings, CliOptions.RequiredTable, CliOptions.Json]),
        (engine, c) => engine.PauseAsync(c.Table, c.CancellationToken));

    public static OperatorCommand Resume() => new(
        new CommandSpec(
            "resume",
            "Let a paused or blocked table go on.",
            "resume --settings settings.json --table orders",
            [CliOptions.Settings, CliOptions.RequiredTable, CliOptions.Json]),
        (engine, c) => engine.ResumeAsync(c.Table, c.CancellationToken));

    public static OperatorCommand Reset() => new(
        new CommandSpec(
            "reset",
            "Start a new epoch with a full export (at --from, inside the PITR window, or the latest restorable time) on the next tick.",
            "reset --settings settings.json --table orders --from 2026-11-24T10:00:00Z",
            [CliOptions.Settings, CliOptions.RequiredTable, CliOptions.From, CliOptions.Json]),
        (engine, c) => engine.ResetAsync(c.Table, c.Invocation.From, c.CancellationToken));

    public async Task ExecuteAsync(CommandContext context)
    {
        var result = await _act(context.Engine, context);
        context.Formatter.WriteOperator(context.Output, result);
    }
}
