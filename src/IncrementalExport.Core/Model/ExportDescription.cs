namespace IncrementalExport.Core.Model;

/// <summary>What the engine needs of an ExportDescription.</summary>
public sealed record ExportDescription(
    string ExportArn,
    ExportStatus Status,
    string? FailureCode = null,
    string? FailureMessage = null,
    string? ManifestKey = null,
    string? S3Prefix = null,
    long ItemCount = 0,
    long BilledSizeBytes = 0,
    DateTimeOffset? StartTime = null,
    DateTimeOffset? EndTime = null)
{
    /// <summary>The S3Bucket AWS reports the export writes to.</summary>
    public string? S3Bucket { get; init; }

    /// <summary>The S3BucketOwner AWS reports, if any.</summary>
    public string? S3BucketOwner { get; init; }

    /// <summary>The ExportFormat AWS reports.</summary>
    public ExportFormat? Format { get; init; }

    /// <summary>The ExportViewType of an incremental export, as AWS reports it.</summary>
    public ExportViewType? ViewType { get; init; }
}
