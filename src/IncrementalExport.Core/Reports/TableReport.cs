using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>
/// One table in a report: what the action did to it (for a tick or plan) and its status after. The same record, and
/// so the same JSON, in the function's response, its log lines and the CLI's --json.
/// </summary>
public sealed record TableReport
{
    /// <summary>The table's configured name.</summary>
    public required string Table { get; init; }

    /// <summary>What the tick did; null outside a tick.</summary>
    public StepKind? Step { get; init; }

    /// <summary>The engine's explanation of the step, ending with the state it left.</summary>
    public string? Detail { get; init; }

    /// <summary>The window the step started or finished, if any.</summary>
    public WindowReport? Window { get; init; }

    /// <summary>The export the step started or followed, if any.</summary>
    public string? ExportArn { get; init; }

    /// <summary>The export this tick recorded as completed before its last step, if any.</summary>
    public HistoryEntry? Recorded { get; init; }

    /// <summary>Where the table is in its cycle.</summary>
    public required TablePhase Phase { get; init; }

    /// <summary>Why the table is blocked; null when it is not.</summary>
    public BlockReason? BlockReason { get; init; }

    /// <summary>The current chain number (0 before the first full export).</summary>
    public int Epoch { get; init; }

    /// <summary>Everything before this instant is exported in this epoch.</summary>
    public DateTimeOffset? Watermark { get; init; }

    /// <summary>How far the watermark is behind the engine's now, in whole seconds; null before the first full export completes.</summary>
    public long? LagSeconds { get; init; }

    /// <summary>Whether an operator paused the table.</summary>
    public bool Paused { get; init; }

    /// <summary>The export in flight, if any.</summary>
    public InFlightReport? InFlight { get; init; }

    /// <summary>The last failure or block, as "Code: message".</summary>
    public string? LastError { get; init; }

    /// <summary>Failures of the current window in a row.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>A reset asked for and not applied yet.</summary>
    public ResetReport? PendingReset { get; init; }

    /// <summary>The apply chain (the data lake's second watermark and apply lag); null when the lake is off.</summary>
    public ApplyReport? Apply { get; init; }

    /// <summary>A tick's (or plan's) outcome for one table, with the table's status after it.</summary>
    public static TableReport Of(TableOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Of(outcome.Status) with
        {
            Table = outcome.Table,
            Step = outcome.Step,
            Detail = outcome.Detail,
            Window = WindowReport.Of(outcome.Window),
            ExportArn = outcome.ExportArn,
            Recorded = outcome.Recorded is { } recorded ? HistoryEntry.Of(recorded) : null,
        };
    }

    /// <summary>One table's status.</summary>
    public static TableReport Of(TableStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new()
        {
            Table = status.Table,
            Phase = status.Phase,
            BlockReason = status.BlockReason == Model.BlockReason.None ? null : status.BlockReason,
            Epoch = status.Epoch,
            Watermark = status.Watermark,
            LagSeconds = WholeSeconds.Of(status.Lag),
            Paused = status.Paused,
            InFlight = InFlightReport.Of(status.InFlight),
            LastError = status.LastError,
            ConsecutiveFailures = status.ConsecutiveFailures,
            PendingReset = status.PendingReset is { } reset ? new ResetReport(reset.From, reset.RequestedAt) : null,
            Apply = status.Apply is { } apply ? ApplyReport.Of(apply) : null,
        };
    }
}
