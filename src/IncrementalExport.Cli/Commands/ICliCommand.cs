using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>One command: its spec (for parsing and help) and what it does.</summary>
internal interface ICliCommand
{
    CommandSpec Spec { get; }

    /// <summary>Does the work and writes the result to the context's output; failures are exceptions.</summary>
    Task ExecuteAsync(CommandContext context);
}
