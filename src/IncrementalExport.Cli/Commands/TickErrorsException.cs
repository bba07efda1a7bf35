namespace IncrementalExport.Cli.Commands;

/// <summary>
/// A tick ran, its report is printed, but at least one table's step was Error (state table missing, access denied, …):
/// the command must still exit non-zero so a script notices, as with any other error that stops a command.
/// </summary>
internal sealed class TickErrorsException : Exception
{
    public TickErrorsException()
    {
    }

    public TickErrorsException(string message)
        : base(message)
    {
    }

    public TickErrorsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
