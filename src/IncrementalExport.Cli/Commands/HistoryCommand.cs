using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>history: a table's completed exports in the order a consumer applies them.</summary>
internal sealed class HistoryCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new(
        "history",
        "List a table's completed exports in the order a consumer applies them (epoch, then sequence).",
        "history --settings settings.json --table orders --json",
        [CliOptions.Settings, CliOptions.RequiredTable, CliOptions.Json]);

    public async Task ExecuteAsync(CommandContext context)
    {
        var history = await context.Engine.HistoryAsync(context.Table, context.CancellationToken);
        context.Formatter.WriteHistory(context.Output, history);
    }
}
