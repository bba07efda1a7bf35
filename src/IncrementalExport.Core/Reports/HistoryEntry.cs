using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>One completed export in a report (history, and a tick's <c>recorded</c>), its window's members flattened.</summary>
/// <param name="Table">The source table's name.</param>
/// <param name="Epoch">The epoch (chain) the export belongs to.</param>
/// <param name="Sequence">The export's position in its epoch: 0 is the full export.</param>
/// <param name="Kind">Full or Incremental.</param>
/// <param name="From">The window's start; for a full export the export time.</param>
/// <param name="To">The window's end; for a full export the export time.</param>
/// <param name="ExportArn">The export's ARN.</param>
/// <param name="S3Bucket">The bucket it was written to.</param>
/// <param name="S3BucketOwner">The bucket's owner account, when the export named one.</param>
/// <param name="ExportFormat">DYNAMODB_JSON or ION.</param>
/// <param name="ViewType">NEW_IMAGE or NEW_AND_OLD_IMAGES; null for a full export.</param>
/// <param name="S3Prefix">The key prefix AWS wrote the export under.</param>
/// <param name="ManifestKey">The manifest-summary key AWS reported, when it did.</param>
/// <param name="ItemCount">Items exported.</param>
/// <param name="BilledSizeBytes">Bytes billed.</param>
/// <param name="StartedAt">When AWS started the export.</param>
/// <param name="EndedAt">When AWS finished it.</param>
/// <param name="RecordedAt">When the engine recorded it.</param>
public sealed record HistoryEntry(
    string Table,
    int Epoch,
    int Sequence,
    ExportKind Kind,
    DateTimeOffset From,
    DateTimeOffset To,
    string ExportArn,
    string S3Bucket,
    string? S3BucketOwner,
    ExportFormat ExportFormat,
    ExportViewType? ViewType,
    string S3Prefix,
    string? ManifestKey,
    long ItemCount,
    long BilledSizeBytes,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset RecordedAt)
{
    /// <summary>The entry of <paramref name="export"/>.</summary>
    public static HistoryEntry Of(CompletedExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return new(
            export.Table, export.Epoch, export.Sequence, export.Window.Kind, export.Window.From, export.Window.To, export.ExportArn,
            export.S3Bucket, export.S3BucketOwner, export.ExportFormat, export.ViewType, export.S3Prefix, export.ManifestKey,
            export.ItemCount, export.BilledSizeBytes, export.StartedAt, export.EndedAt, export.RecordedAt);
    }
}
