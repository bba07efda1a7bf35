namespace IncrementalExport.Core.State;

/// <summary>
/// Another export already holds a place in a table's history: recording a second one there would fork the chain a
/// consumer applies, so the store refuses and the table's step reports it.
/// </summary>
public sealed class HistoryConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HistoryConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public HistoryConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public HistoryConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
