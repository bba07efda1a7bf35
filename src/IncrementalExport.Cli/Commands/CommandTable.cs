using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Cli.Commands;

/// <summary>Every command, in the order help lists them.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new StatusCommand(),
        TickCommand.Run(),
        TickCommand.Plan(),
        OperatorCommand.Pause(),
        OperatorCommand.Resume(),
        OperatorCommand.Reset(),
        new HistoryCommand(),
        new InitCommand(),
    ];

    public static IReadOnlyList<CommandSpec> Specs { get; } = All.Select(c => c.Spec).ToList();

    public static ICliCommand For(CommandSpec spec) => All.First(c => ReferenceEquals(c.Spec, spec));
}
