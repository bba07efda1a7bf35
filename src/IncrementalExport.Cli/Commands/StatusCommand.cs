using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>status: each table's state, read-only.</summary>
internal sealed class StatusCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new(
        "status",
        "Show each table's phase, epoch, watermark, lag, export in flight and last error; changes nothing.",
        "status --settings settings.json --table orders --json",
        [CliOptions.Settings, CliOptions.OneTable, CliOptions.Json]);

    public async Task ExecuteAsync(CommandContext context)
    {
        var statuses = await context.Engine.StatusAsync(
            context.Tables.Count == 0 ? null : context.Tables,
            context.CancellationToken);
        context.Formatter.WriteStatus(context.Output, statuses);
    }
}
