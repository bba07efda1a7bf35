using System.CommandLine;

namespace IncrementalExport.Cli.Parsing;

/// <summary>One command of the CLI: the library's command with the example its help shows.</summary>
internal sealed class CliCommand : Command
{
    public CliCommand(string name, string description, string example, IEnumerable<Option> options)
        : base(name, description)
    {
        Example = example;
        foreach (var option in options)
        {
            Options.Add(option);
        }
    }

    /// <summary>A complete example invocation, without the program name.</summary>
    public string Example { get; }
}
