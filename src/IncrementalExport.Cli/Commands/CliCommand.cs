using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>One command: its spec (for parsing and help) and what it does once the command line and settings are good.</summary>
/// <param name="Spec">Name, summary, example and options.</param>
/// <param name="ExecuteAsync">Does the work and writes the result to the context's output; failures are exceptions.</param>
internal sealed record CliCommand(CommandSpec Spec, Func<CommandContext, Task> ExecuteAsync);
