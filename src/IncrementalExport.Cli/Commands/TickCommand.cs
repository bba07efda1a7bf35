using IncrementalExport.Cli.Parsing;
using IncrementalExport.Core.Engine;

namespace IncrementalExport.Cli.Commands;

/// <summary>run (one tick now) and plan (the same tick as a dry run): the only difference is TickRequest.DryRun.</summary>
internal sealed class TickCommand : ICliCommand
{
    private readonly bool _dryRun;

    private TickCommand(CommandSpec spec, bool dryRun)
    {
        Spec = spec;
        _dryRun = dryRun;
    }

    public CommandSpec Spec { get; }

    public static TickCommand Run() => new(
        new CommandSpec(
            "run",
            "Run one tick now: move each table forward by at most one step, and print what was done.",
            "run --settings settings.json --table orders --table customers",
            [CliOptions.Settings, CliOptions.SomeTables, CliOptions.Json]),
        dryRun: false);

    public static TickCommand Plan() => new(
        new CommandSpec(
            "plan",
            "Show what the next tick would do; starts and writes nothing.",
            "plan --settings settings.json",
            [CliOptions.Settings, CliOptions.SomeTables, CliOptions.Json]),
        dryRun: true);

    public async Task ExecuteAsync(CommandContext context)
    {
        var request = new TickRequest(context.Tables.Count == 0 ? null : context.Tables, StopStartingAt: null, DryRun: _dryRun);
        var report = await context.Engine.TickAsync(request, context.CancellationToken);
        context.Formatter.WriteTick(context.Output, report);
    }
}
