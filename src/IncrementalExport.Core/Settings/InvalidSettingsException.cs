namespace IncrementalExport.Core.Settings;

/// <summary>Settings that failed validation; the message lists every problem, one per line.</summary>
public sealed class InvalidSettingsException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public InvalidSettingsException(IReadOnlyList<SettingsError> errors)
        : base("Invalid settings:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no detail.</summary>
    public InvalidSettingsException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidSettingsException(string message)
        : base(message)
    {
        Errors = [new SettingsError("", message)];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InvalidSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SettingsError("", message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<SettingsError> Errors { get; }
}
