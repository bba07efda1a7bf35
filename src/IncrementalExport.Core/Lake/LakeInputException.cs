namespace IncrementalExport.Core.Lake;

/// <summary>The export chain cannot be applied as it is: the message names what is wrong (table, export, file, line).</summary>
public sealed class LakeInputException : Exception
{
    /// <summary>Creates the error.</summary>
    public LakeInputException()
    {
    }

    /// <summary>Creates the error with its message.</summary>
    public LakeInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its message and cause.</summary>
    public LakeInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
