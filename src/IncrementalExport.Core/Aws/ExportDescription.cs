namespace IncrementalExport.Core.Aws;

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
    DateTimeOffset? EndTime = null);
