using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// Every change of a table's state, as pure functions from the state read to the state to write
/// (version + 1, phase recomputed). The runner only chooses which one applies and stores it conditionally.
/// </summary>
internal static class StateTransitions
{
    /// <summary>
    /// Records the intent to start <paramref name="window"/> (before the start call), with where it is written
    /// (<paramref name="target"/>), so a re-issue or the completion never reads those from later settings.
    /// </summary>
    public static TableState Intend(
        TableState state, ExportWindow window, bool newEpoch, string s3Prefix, string clientToken, DateTimeOffset now, DateTimeOffset? awsTime = null, ExportTarget? target = null)
    {
        var next = newEpoch
            ? state with
            {
                Epoch = state.Epoch + 1,
                EpochStart = window.To,
                Watermark = null,
                CompletedInEpoch = 0,
                RetryWindow = null,
                NextAttempt = 0,
                ConsecutiveFailures = 0,
                PendingReset = null,
            }
            : state;
        return Stamp(next with { InFlight = new InFlightExport(window, next.NextAttempt, clientToken, s3Prefix, now, null, awsTime, target), BlockReason = BlockReason.None }, now);
    }

    /// <summary>Records the ARN AWS returned for the export in flight.</summary>
    public static TableState Started(TableState state, string exportArn, DateTimeOffset now) =>
        Stamp(state with { InFlight = state.InFlight! with { ExportArn = exportArn } }, now);

    /// <summary>
    /// The export in flight completed: its history entry and the state with the watermark at its end. Where it was
    /// written comes from AWS's description of it, then from the intent; <paramref name="fallback"/> (the settings now)
    /// only serves an intent recorded before intents kept their target.
    /// </summary>
    public static (TableState State, CompletedExport Entry) Completed(TableState state, ExportDescription export, ExportTarget fallback, DateTimeOffset now)
    {
        var inFlight = state.InFlight!;
        var target = inFlight.Target ?? fallback;
        var entry = new CompletedExport
        {
            Table = state.Table,
            Epoch = state.Epoch,
            Sequence = state.CompletedInEpoch,
            Window = inFlight.Window,
            ExportArn = export.ExportArn,
            S3Bucket = export.S3Bucket ?? target.Bucket,
            S3BucketOwner = export.S3BucketOwner ?? target.BucketOwner,
            ExportFormat = export.Format ?? target.Format,
            ViewType = inFlight.Window.Kind == ExportKind.Full ? null : export.ViewType ?? target.ViewType,
            S3Prefix = ExportLayout.WrittenPrefix(export.S3Prefix ?? inFlight.S3Prefix, export.ExportArn),
            ManifestKey = export.ManifestKey,
            ItemCount = export.ItemCount,
            BilledSizeBytes = export.BilledSizeBytes,
            StartedAt = export.StartTime,
            EndedAt = export.EndTime,
            RecordedAt = now,
        };
        var next = state with
        {
            Watermark = inFlight.Window.To,
            CompletedInEpoch = state.CompletedInEpoch + 1,
            InFlight = null,
            RetryWindow = null,
            NextAttempt = 0,
            ConsecutiveFailures = 0,
            LastError = null,
            LastCompletedAt = now,
        };
        return (Stamp(next, now), entry);
    }

    /// <summary>
    /// The export in flight failed (FAILED, or its start was rejected): the watermark stays, the same window is retried
    /// with a new attempt number, and too many failures in a row block the table.
    /// </summary>
    public static TableState Failed(TableState state, string error, int maxConsecutiveFailures, bool retrySameWindow, DateTimeOffset now)
    {
        var inFlight = state.InFlight!;
        var failures = state.ConsecutiveFailures + 1;
        var next = state with
        {
            InFlight = null,
            RetryWindow = retrySameWindow || inFlight.Window.Kind == ExportKind.Full ? inFlight.Window : null,
            NextAttempt = inFlight.Attempt + 1,
            ConsecutiveFailures = failures,
            LastError = error,
            BlockReason = failures >= maxConsecutiveFailures ? BlockReason.ExportFailures : BlockReason.None,
        };
        return Stamp(next, now);
    }

    /// <summary>Blocks the table (nothing in flight) for <paramref name="reason"/>.</summary>
    public static TableState Block(TableState state, BlockReason reason, string message, DateTimeOffset now) =>
        Stamp(state with { BlockReason = reason, LastError = message }, now);

    /// <summary>Drops an export whose start AWS refused for a reason no retry can fix (PITR off, table gone) and blocks the table.</summary>
    public static TableState Abandon(TableState state, BlockReason reason, string message, DateTimeOffset now) =>
        Stamp(state with { InFlight = null, RetryWindow = null, NextAttempt = (state.InFlight?.Attempt ?? state.NextAttempt) + 1, BlockReason = reason, LastError = message }, now);

    /// <summary>Clears a block whose cause went away by itself (PITR back on, table found).</summary>
    public static TableState Unblock(TableState state, DateTimeOffset now) =>
        Stamp(state with { BlockReason = BlockReason.None }, now);

    /// <summary>The phase that follows from the other fields; stored for people reading the item.</summary>
    public static TablePhase PhaseOf(TableState state) => state switch
    {
        { InFlight: { ExportArn: null } } => TablePhase.Starting,
        { InFlight: not null } => TablePhase.Exporting,
        { BlockReason: not BlockReason.None } => TablePhase.Blocked,
        { Epoch: 0 } => TablePhase.New,
        _ => TablePhase.Idle,
    };

    /// <summary>The next version of <paramref name="state"/>: version + 1, phase recomputed, time stamped.</summary>
    public static TableState Stamp(TableState state, DateTimeOffset now)
    {
        var next = state with { Version = state.Version + 1, UpdatedAt = now };
        return next with { Phase = PhaseOf(next) };
    }
}
