namespace IncrementalExport.Core.Settings;

/// <summary>
/// A table was named (by name or ARN) that the settings do not configure. Each front end words it its own way from
/// <see cref="Requested"/> and <see cref="Configured"/>; nothing was done.
/// </summary>
public sealed class UnknownTableException : Exception
{
    /// <summary>Creates the exception for <paramref name="requested"/>, listing the configured names.</summary>
    public UnknownTableException(string requested, IReadOnlyList<string> configured)
        : base($"unknown table '{requested}'; configured: {string.Join(", ", configured)}")
    {
        Requested = requested;
        Configured = configured;
    }

    /// <summary>Creates the exception with no detail.</summary>
    public UnknownTableException()
        : this("", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownTableException(string message)
        : base(message)
    {
        Requested = "";
        Configured = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UnknownTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Requested = "";
        Configured = [];
    }

    /// <summary>The name or ARN as it was given.</summary>
    public string Requested { get; }

    /// <summary>The configured table names, in settings order.</summary>
    public IReadOnlyList<string> Configured { get; }
}
