namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>FailureCode and FailureMessage of a FAILED export.</summary>
public sealed record ExportFailure(string Code, string Message)
{
    /// <summary>What a missing destination bucket produces.</summary>
    public static ExportFailure NoSuchBucket { get; } = new("S3NoSuchBucket", "The specified bucket does not exist");

    /// <summary>A generic failure a test arranges.</summary>
    public static ExportFailure Injected { get; } = new("InternalError", "The export failed (arranged by the test)");
}
