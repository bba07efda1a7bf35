namespace IncrementalExport.Core.Engine;

/// <summary>
/// An operator's change of a table could not be written because other invocations kept changing the table's state
/// between the read and the conditional write: nothing was changed, and the same request may simply be tried again.
/// </summary>
public sealed class ConcurrentChangeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrentChangeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConcurrentChangeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ConcurrentChangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="table"/>, given up after <paramref name="attempts"/> attempts.</summary>
    public ConcurrentChangeException(string table, int attempts)
        : base($"the state of '{table}' kept changing under {attempts} attempts; try again")
    {
        Table = table;
        Attempts = attempts;
    }

    /// <summary>The table whose state kept changing.</summary>
    public string? Table { get; }

    /// <summary>How many read-and-write attempts were made.</summary>
    public int Attempts { get; }
}
