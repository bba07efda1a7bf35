namespace IncrementalExport.Core.Aws;

/// <summary>An AWS error after the adapter classified it; the engine branches on <see cref="Kind"/> only.</summary>
public sealed class AwsCallException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AwsCallException(AwsErrorKind kind, string errorCode, string message, Exception? inner = null)
        : base($"{errorCode}: {message}", inner)
    {
        Kind = kind;
        ErrorCode = errorCode;
    }

    /// <summary>Creates an exception with no detail (for serializers and analyzers).</summary>
    public AwsCallException()
        : this(AwsErrorKind.Permanent, "Unknown", "unknown error")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public AwsCallException(string message)
        : this(AwsErrorKind.Permanent, "Unknown", message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public AwsCallException(string message, Exception innerException)
        : this(AwsErrorKind.Permanent, "Unknown", message, innerException)
    {
    }

    /// <summary>How the engine reacts.</summary>
    public AwsErrorKind Kind { get; }

    /// <summary>The AWS ErrorCode (e.g. ThrottlingException).</summary>
    public string ErrorCode { get; }

    /// <summary>
    /// The call never got an answer from AWS: no connection, a timeout, or the client could not even sign it (no
    /// credentials, no region). Transient for the engine; a setup problem when every call of a run fails this way.
    /// </summary>
    public bool Unreachable { get; init; }
}
