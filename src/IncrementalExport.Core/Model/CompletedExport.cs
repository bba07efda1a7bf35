namespace IncrementalExport.Core.Model;

/// <summary>
/// One entry of the export history: the catalog a downstream consumer reads, in (epoch, sequence) order,
/// to apply exports. Written idempotently before the state moves its watermark.
/// </summary>
public sealed record CompletedExport
{
    /// <summary>The source table's name.</summary>
    public required string Table { get; init; }

    /// <summary>The epoch (chain) the export belongs to.</summary>
    public required int Epoch { get; init; }

    /// <summary>The export's position in its epoch: 0 is the full export, then 1, 2, … in window order.</summary>
    public required int Sequence { get; init; }

    /// <summary>Full or incremental, with its from/to (equal for a full export).</summary>
    public required ExportWindow Window { get; init; }

    /// <summary>The export's ARN.</summary>
    public required string ExportArn { get; init; }

    /// <summary>The bucket it was written to.</summary>
    public required string S3Bucket { get; init; }

    /// <summary>The bucket's owner account, when the export named one.</summary>
    public string? S3BucketOwner { get; init; }

    /// <summary>The format AWS wrote (DYNAMODB_JSON or ION).</summary>
    public ExportFormat ExportFormat { get; init; }

    /// <summary>The view type of an incremental export; null for a full export.</summary>
    public ExportViewType? ViewType { get; init; }

    /// <summary>The key prefix AWS wrote the export under: the requested prefix + "/AWSDynamoDB/&lt;export id&gt;/".</summary>
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
    public required DateTimeOffset RecordedAt { get; init; }
}
