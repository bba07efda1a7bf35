namespace IncrementalExport.Cli.Parsing;

/// <summary>What a command is called, what it does and which options it takes: enough to parse and to explain it.</summary>
/// <param name="Name">The command word, e.g. "status".</param>
/// <param name="Summary">One line of help.</param>
/// <param name="Example">A complete example invocation (without the program name).</param>
/// <param name="Options">Every option it accepts; anything else is a usage error.</param>
internal sealed record CommandSpec(string Name, string Summary, string Example, IReadOnlyList<OptionSpec> Options)
{
    /// <summary>The option with this name, or null.</summary>
    public OptionSpec? FindOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
