namespace IncrementalExport.Cli.Parsing;

/// <summary>One option a command accepts.</summary>
/// <param name="Name">The long name with its dashes, e.g. "--table".</param>
/// <param name="ValueName">The placeholder of its value in usage text, or null for a flag that takes none.</param>
/// <param name="Description">One line of help.</param>
/// <param name="Required">Whether the command fails without it.</param>
/// <param name="Repeatable">Whether it may be given more than once (values accumulate).</param>
internal sealed record OptionSpec(
    string Name,
    string? ValueName,
    string Description,
    bool Required = false,
    bool Repeatable = false)
{
    /// <summary>True when the option takes no value.</summary>
    public bool IsFlag => ValueName is null;

    /// <summary>How the option reads in a synopsis, e.g. "[--table &lt;name&gt;]...".</summary>
    public string Synopsis
    {
        get
        {
            var text = IsFlag ? Name : $"{Name} <{ValueName}>";
            text = Required ? text : $"[{text}]";
            return Repeatable ? text + "..." : text;
        }
    }
}
