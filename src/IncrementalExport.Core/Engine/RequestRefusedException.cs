namespace IncrementalExport.Core.Engine;

/// <summary>
/// The engine refused an operator's request after checking it against AWS (a reset time outside the table's PITR
/// window, or PITR off): nothing was changed. The message says what is wrong in the engine's terms; the Lambda and the
/// CLI each put it in their own words (payload key, command-line option).
/// </summary>
public sealed class RequestRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestRefusedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RequestRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RequestRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="table"/>.</summary>
    public RequestRefusedException(string table, string message)
        : base(message)
    {
        Table = table;
    }

    /// <summary>The table the request was for.</summary>
    public string? Table { get; }
}
