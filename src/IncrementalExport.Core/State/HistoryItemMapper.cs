using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>The one mapping between <see cref="CompletedExport"/> and its history item.</summary>
internal static class HistoryItemMapper
{
    public static Dictionary<string, AttributeValue> ToItem(CompletedExport e) =>
        new ItemWriter()
            .String(StateKeys.PartitionKey, StateKeys.Partition(e.Table))
            .String(StateKeys.SortKey, StateKeys.History(e.Epoch, e.Sequence))
            .String("table", e.Table)
            .Number("epoch", e.Epoch)
            .Number("sequence", e.Sequence)
            .Enum("kind", e.Window.Kind)
            .Time("from", e.Window.From)
            .Time("to", e.Window.To)
            .String("exportArn", e.ExportArn)
            .String("s3Bucket", e.S3Bucket)
            .String("s3BucketOwner", e.S3BucketOwner)
            .Enum("exportFormat", e.ExportFormat)
            .String("viewType", e.ViewType?.ToString())
            .String("s3Prefix", e.S3Prefix)
            .String("manifestKey", e.ManifestKey)
            .Number("itemCount", e.ItemCount)
            .Number("billedSizeBytes", e.BilledSizeBytes)
            .Time("startedAt", e.StartedAt)
            .Time("endedAt", e.EndedAt)
            .Time("recordedAt", e.RecordedAt)
            .Item;

    public static CompletedExport FromItem(Dictionary<string, AttributeValue> item)
    {
        var r = new ItemReader(item);
        return new CompletedExport
        {
            Table = r.String("table"),
            Epoch = (int)r.Number("epoch"),
            Sequence = (int)r.Number("sequence"),
            Window = new ExportWindow(r.Enum<ExportKind>("kind"), r.Time("from")!.Value, r.Time("to")!.Value),
            ExportArn = r.String("exportArn"),
            S3Bucket = r.String("s3Bucket"),
            S3BucketOwner = r.OptionalString("s3BucketOwner"),
            ExportFormat = r.Enum<ExportFormat>("exportFormat"),
            ViewType = r.OptionalString("viewType") is { } view ? Enum.Parse<ExportViewType>(view) : null,
            S3Prefix = r.String("s3Prefix"),
            ManifestKey = r.OptionalString("manifestKey"),
            ItemCount = r.Number("itemCount"),
            BilledSizeBytes = r.Number("billedSizeBytes"),
            StartedAt = r.Time("startedAt"),
            EndedAt = r.Time("endedAt"),
            RecordedAt = r.Time("recordedAt")!.Value,
        };
    }
}
