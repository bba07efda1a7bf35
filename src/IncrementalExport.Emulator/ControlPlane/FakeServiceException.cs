namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>
/// An error the fake answers with, as AWS would: the endpoint writes it as a JSON 1.0 error body whose
/// <c>__type</c> ends in <see cref="ErrorCode"/>, with <see cref="StatusCode"/>.
/// </summary>
public sealed class FakeServiceException : Exception
{
    /// <summary>Creates the error.</summary>
    public FakeServiceException(string errorCode, string message, int statusCode = 400)
        : base(message)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
    }

    /// <summary>Creates a ValidationException.</summary>
    public FakeServiceException()
        : this("ValidationException", "invalid request")
    {
    }

    /// <summary>Creates a ValidationException with a message.</summary>
    public FakeServiceException(string message)
        : this("ValidationException", message)
    {
    }

    /// <summary>Creates a ValidationException with a message and a cause.</summary>
    public FakeServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "ValidationException";
        StatusCode = 400;
    }

    /// <summary>The AWS error code, e.g. InvalidExportTimeException.</summary>
    public string ErrorCode { get; }

    /// <summary>The HTTP status: 400 for client errors, 500 for InternalServerError.</summary>
    public int StatusCode { get; }

    internal static FakeServiceException Validation(string message) => new("ValidationException", message);

    internal static FakeServiceException TableNotFound(string table) => new("TableNotFoundException", $"Table not found: {table}");
}
