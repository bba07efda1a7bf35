namespace IncrementalExport.Cli.Commands;

/// <summary>
/// An option value the command line accepted but the engine refused once it could check it against AWS (reset --from
/// outside the PITR window): a usage error (exit 2) that names the option, printed without the usage text.
/// </summary>
internal sealed class OptionRefusedException : Exception
{
    public OptionRefusedException()
    {
    }

    public OptionRefusedException(string message)
        : base(message)
    {
    }

    public OptionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
