namespace IncrementalExport.Core.State;

/// <summary>The state table exists with another key schema than the tool needs; the message names both.</summary>
public sealed class StateTableSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateTableSchemaException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StateTableSchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StateTableSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
