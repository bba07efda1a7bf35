
namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>
/// One ExportTableToPointInTime request as the fake received it, with AWS's defaults applied
/// (ExportFormat DYNAMODB_JSON, ExportType FULL_EXPORT, ExportViewType NEW_AND_OLD_IMAGES). Two requests with the same
/// ClientToken are the same request exactly when these records are equal.
/// </summary>
public sealed record ExportParameters(
    string TableArn,
    string S3Bucket,
    string? S3BucketOwner,
    string? S3Prefix,
    string? S3SseAlgorithm,
    string? S3SseKmsKeyId,
    string ExportFormat,
    string ExportType,
    DateTimeOffset? ExportTime,
    string? ClientToken,
    IncrementalExportWindow? Incremental)
{
    /// <summary>FULL_EXPORT.</summary>
    public const string FullExport = "FULL_EXPORT";

    /// <summary>INCREMENTAL_EXPORT.</summary>
    public const string IncrementalExport = "INCREMENTAL_EXPORT";

    /// <summary>The export is an INCREMENTAL_EXPORT.</summary>
    public bool IsIncremental => ExportType == IncrementalExport;
}
