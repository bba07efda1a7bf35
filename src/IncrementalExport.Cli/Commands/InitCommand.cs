using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>init: create the state table for local use and tests (in AWS the stack creates it).</summary>
internal sealed class InitCommand : ICliCommand
{
    public CommandSpec Spec { get; } = new(
        "init",
        "Create the state table named in the settings if it is missing (for local use; in AWS the stack creates it).",
        "init --settings settings.json",
        [CliOptions.Settings]);

    public async Task ExecuteAsync(CommandContext context)
    {
        var name = context.Settings.StateTable;
        var created = await context.Services.CreateStateTable(context.DynamoDb, name, context.CancellationToken);
        context.Output.WriteLine(created
            ? $"Created state table '{name}'."
            : $"State table '{name}' already exists; nothing changed.");
    }
}
