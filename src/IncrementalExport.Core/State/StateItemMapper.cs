using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>The one mapping between <see cref="TableState"/> and its item in the state table.</summary>
internal static class StateItemMapper
{
    public static Dictionary<string, AttributeValue> ToItem(TableState s)
    {
        var w = new ItemWriter()
            .String(StateKeys.PartitionKey, StateKeys.Partition(s.Table))
            .String(StateKeys.SortKey, StateKeys.StateSortKey)
            .String("table", s.Table)
            .Enum("phase", s.Phase)
            .Number("epoch", s.Epoch)
            .Time("epochStart", s.EpochStart)
            .Time("watermark", s.Watermark)
            .Number("completedInEpoch", s.CompletedInEpoch)
            .Number("nextAttempt", s.NextAttempt)
            .Number("consecutiveFailures", s.ConsecutiveFailures)
            .String("lastError", s.LastError)
            .Enum("blockReason", s.BlockReason)
            .Bool("paused", s.Paused)
            .Number(StateTableKeys.Version, s.Version)
            .Time("updatedAt", s.UpdatedAt)
            .Time("lastCompletedAt", s.LastCompletedAt);
        if (s.InFlight is { } f)
        {
            WriteWindow(w, "inFlight", f.Window)
                .Number("inFlightAttempt", f.Attempt)
                .String("inFlightClientToken", f.ClientToken)
                .String("inFlightS3Prefix", f.S3Prefix)
                .Time("inFlightRequestedAt", f.RequestedAt)
                .String("inFlightExportArn", f.ExportArn)
                .Time("inFlightAwsTime", f.AwsTimeAtIntent);
            WriteTarget(w, f.Target);
        }

        if (s.PitrSeen is { } seen)
        {
            w.Time("pitrCheckedAt", seen.CheckedAt).Number("pitrLagMs", (long)seen.Lag.TotalMilliseconds).Time("pitrEarliest", seen.Earliest);
        }

        if (s.ShortestExport is { } shortest)
        {
            w.Number("shortestExportMs", (long)shortest.TotalMilliseconds);
        }

        if (s.AdaptiveWindowMinutes is { } adaptive)
        {
            w.Number("adaptiveWindowMinutes", adaptive);
        }

        if (s.RetryWindow is { } r)
        {
            WriteWindow(w, "retry", r);
        }

        if (s.PendingReset is { } reset)
        {
            w.Time("resetFrom", reset.From).Time("resetRequestedAt", reset.RequestedAt);
        }

        return w.Item;
    }

    public static TableState FromItem(Dictionary<string, AttributeValue> item)
    {
        var r = new ItemReader(item);
        return new TableState
        {
            Table = r.String("table"),
            Phase = r.Enum<TablePhase>("phase"),
            Epoch = (int)r.Number("epoch"),
            EpochStart = r.Time("epochStart"),
            Watermark = r.Time("watermark"),
            CompletedInEpoch = (int)r.Number("completedInEpoch"),
            InFlight = r.OptionalString("inFlightKind") is null
                ? null
                : new InFlightExport(
                    ReadWindow(r, "inFlight")!,
                    (int)r.Number("inFlightAttempt"),
                    r.String("inFlightClientToken"),
                    r.String("inFlightS3Prefix"),
                    r.Time("inFlightRequestedAt") ?? default,
                    r.OptionalString("inFlightExportArn"),
                    r.Time("inFlightAwsTime"),
                    ReadTarget(r)),
            RetryWindow = ReadWindow(r, "retry"),
            NextAttempt = (int)r.Number("nextAttempt"),
            ConsecutiveFailures = (int)r.Number("consecutiveFailures"),
            LastError = r.OptionalString("lastError"),
            BlockReason = r.Enum<BlockReason>("blockReason"),
            Paused = r.Bool("paused"),
            PendingReset = r.Time("resetRequestedAt") is { } at ? new RequestedReset(r.Time("resetFrom"), at) : null,
            Version = r.Number(StateTableKeys.Version),
            UpdatedAt = r.Time("updatedAt") ?? default,
            LastCompletedAt = r.Time("lastCompletedAt"),
            PitrSeen = r.Time("pitrCheckedAt") is { } checkedAt && r.Time("pitrEarliest") is { } earliest
                ? new PitrSeen(checkedAt, TimeSpan.FromMilliseconds(r.Number("pitrLagMs")), earliest)
                : null,
            ShortestExport = r.OptionalNumber("shortestExportMs") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            AdaptiveWindowMinutes = r.OptionalNumber("adaptiveWindowMinutes") is { } minutes ? (int)minutes : null,
        };
    }

    // The in-flight export's target, so a later tick re-issues and records it where it was asked to go.
    private static void WriteTarget(ItemWriter w, ExportTarget? target)
    {
        if (target is not null)
        {
            w.String("inFlightS3Bucket", target.Bucket)
                .String("inFlightS3BucketOwner", target.BucketOwner)
                .String("inFlightKmsKeyArn", target.KmsKeyArn)
                .Enum("inFlightExportFormat", target.Format)
                .Enum("inFlightViewType", target.ViewType);
        }
    }

    private static ExportTarget? ReadTarget(ItemReader r) =>
        r.OptionalString("inFlightS3Bucket") is { } bucket
            ? new ExportTarget(
                bucket,
                r.OptionalString("inFlightS3BucketOwner"),
                r.OptionalString("inFlightKmsKeyArn"),
                r.Enum<ExportFormat>("inFlightExportFormat"),
                r.Enum<ExportViewType>("inFlightViewType"))
            : null;

    private static ItemWriter WriteWindow(ItemWriter w, string prefix, ExportWindow window) =>
        w.Enum(prefix + "Kind", window.Kind).Time(prefix + "From", window.From).Time(prefix + "To", window.To);

    private static ExportWindow? ReadWindow(ItemReader r, string prefix) =>
        r.OptionalString(prefix + "Kind") is null
            ? null
            : new ExportWindow(r.Enum<ExportKind>(prefix + "Kind"), r.Time(prefix + "From")!.Value, r.Time(prefix + "To")!.Value);
}
