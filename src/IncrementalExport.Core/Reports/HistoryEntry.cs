using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>One completed export in a report (history, and a tick's <c>recorded</c>), its window's members flattened.</summary>
public sealed record HistoryEntry
{
    /// <summary>The source table's name.</summary>
    public required string Table { get; init; }

    /// <summary>The epoch (chain) the export belongs to.</summary>
    public int Epoch { get; init; }

    /// <summary>The export's position in its epoch: 0 is the full export.</summary>
    public int Sequence { get; init; }

    /// <summary>Full or Incremental.</summary>
    public ExportKind Kind { get; init; }

    /// <summary>The window's start; for a full export the export time.</summary>
    public DateTimeOffset From { get; init; }

    /// <summary>The window's end; for a full export the export time.</summary>
    public DateTimeOffset To { get; init; }

    /// <summary>The export's ARN.</summary>
    public required string ExportArn { get; init; }

    /// <summary>The bucket it was written to.</summary>
    public required string S3Bucket { get; init; }

    /// <summary>The bucket's owner account, when the export named one.</summary>
    public string? S3BucketOwner { get; init; }

    /// <summary>DYNAMODB_JSON or ION.</summary>
    public ExportFormat ExportFormat { get; init; }

    /// <summary>NEW_IMAGE or NEW_AND_OLD_IMAGES; null for a full export.</summary>
    public ExportViewType? ViewType { get; init; }

    /// <summary>The key prefix AWS wrote the export under.</summary>
    public required string S3Prefix { get; init; }

    /// <summary>The manifest-summary key AWS reported, when it did.</summary>
    public string? ManifestKey { get; init; }

    /// <summary>Items exported.</summary>
    public long ItemCount { get; init; }

    /// <summary>Bytes billed.</summary>
    public long BilledSizeBytes { get; init; }

    /// <summary>When AWS started the export.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When AWS finished it.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When the engine recorded it.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The entry of <paramref name="export"/>.</summary>
    public static HistoryEntry Of(CompletedExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return new()
        {
            Table = export.Table,
            Epoch = export.Epoch,
            Sequence = export.Sequence,
            Kind = export.Window.Kind,
            From = export.Window.From,
            To = export.Window.To,
            ExportArn = export.ExportArn,
            S3Bucket = export.S3Bucket,
            S3BucketOwner = export.S3BucketOwner,
            ExportFormat = export.ExportFormat,
            ViewType = export.ViewType,
            S3Prefix = export.S3Prefix,
            ManifestKey = export.ManifestKey,
            ItemCount = export.ItemCount,
            BilledSizeBytes = export.BilledSizeBytes,
            StartedAt = export.StartedAt,
            EndedAt = export.EndedAt,
            RecordedAt = export.RecordedAt,
        };
    }
}
