namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>A snapshot of one export as DescribeExport would show it now.</summary>
public sealed record FakeExport(
    string ExportArn,
    string ExportId,
    ExportParameters Parameters,
    string Status,
    DateTimeOffset StartTime,
    DateTimeOffset? ExportTime,
    DateTimeOffset? EndTime,
    string? FailureCode,
    string? FailureMessage,
    long? ItemCount,
    long? BilledSizeBytes,
    string? ExportManifest)
{
    /// <summary>IN_PROGRESS.</summary>
    public const string InProgress = "IN_PROGRESS";

    /// <summary>COMPLETED.</summary>
    public const string Completed = "COMPLETED";

    /// <summary>FAILED.</summary>
    public const string Failed = "FAILED";
}
