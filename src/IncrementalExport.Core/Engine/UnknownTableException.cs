namespace IncrementalExport.Core.Engine;

/// <summary>
/// A request named a table the settings do not configure (by name or ARN): nothing was done. Each front end words it
/// its own way (the CLI's --table, the Lambda payload's table key).
/// </summary>
public sealed class UnknownTableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnknownTableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownTableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public UnknownTableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="table"/>, not among <paramref name="configured"/>.</summary>
    public UnknownTableException(string table, IReadOnlyList<string> configured)
        : base($"unknown table '{table}'; configured: {string.Join(", ", configured)}")
    {
        Table = table;
        Configured = configured;
    }

    /// <summary>The name or ARN the request gave.</summary>
    public string? Table { get; }

    /// <summary>The configured table names.</summary>
    public IReadOnlyList<string> Configured { get; } = [];
}
