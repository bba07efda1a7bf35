using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// The end of every outcome's detail: the state the step left the table in, in words, so an operator never has to
/// guess whether "deferred" or "error" left something recorded (an intent to start, a failure counted, a block).
/// </summary>
internal static class StateNote
{
    /// <summary>The note for an outcome whose step read <paramref name="read"/> and left <paramref name="after"/>.</summary>
    public static string For(StepKind step, TableState read, TableState after)
    {
        if (step == StepKind.Superseded)
        {
            return "state left as the invocation that changed it first wrote it";
        }

        // A dry run writes nothing, so what it reports is always the version it read.
        var prefix = after.Version == read.Version ? "state unchanged" : "state now";
        return $"{prefix}: {Describe(after)}";
    }

    /// <summary>The state in words: its phase and what that phase holds.</summary>
    public static string Describe(TableState s)
    {
        var text = s switch
        {
            { InFlight: { ExportArn: null } f } =>
                $"Starting ({Window(f.Window)} recorded, not yet accepted by AWS; the next tick re-issues it with the same client token)",
            { InFlight: { } f } => $"Exporting ({Window(f.Window)} in flight)",
            { BlockReason: not BlockReason.None } => $"Blocked ({s.BlockReason}; {ClearedBy(s.BlockReason)})",
            { Epoch: 0 } => "New (no export started yet)",
            { Watermark: null } => $"Idle (epoch {s.Epoch}'s full export to be retried)",
            { RetryWindow: { } retry } when retry.From == s.Watermark =>
                $"Idle (watermark {TimeFormat.Iso(s.Watermark!.Value)}; {Window(retry)} to be retried, {s.ConsecutiveFailures} failure(s) in a row)",
            _ => $"Idle (watermark {TimeFormat.Iso(s.Watermark!.Value)})",
        };
        if (s.Paused)
        {
            text += ", paused";
        }

        return s.PendingReset is null ? text : text + ", reset pending";
    }

    private static string ClearedBy(BlockReason reason) => reason switch
    {
        BlockReason.PitrDisabled => "clears by itself once PITR is on",
        BlockReason.TableNotFound => "clears by itself once the table exists",
        BlockReason.PitrGap => "needs a reset",
        BlockReason.ExportFailures => "needs a resume or a reset",
        BlockReason.StartTimeOutsidePitrWindow => "needs a reset with a time inside the PITR window",
        _ => "",
    };

    /// <summary>A window in words, as every detail names it.</summary>
    public static string Window(ExportWindow w) => w.Kind == ExportKind.Full
        ? $"full export at {TimeFormat.Iso(w.To)}"
        : $"incremental [{TimeFormat.Iso(w.From)}, {TimeFormat.Iso(w.To)})";
}
