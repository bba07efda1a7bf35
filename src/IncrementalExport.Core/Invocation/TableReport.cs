using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Invocation;

/// <summary>One table in a function response: what this invocation did to it (for a tick) and its status after.</summary>
public sealed record TableReport
{
    /// <summary>The table's configured name.</summary>
    public required string Table { get; init; }

    /// <summary>What the tick did; null outside a tick.</summary>
    public StepKind? Step { get; init; }

    /// <summary>The engine's explanation of the step.</summary>
    public string? Detail { get; init; }

    /// <summary>The window the step started or finished, if any.</summary>
    public ExportWindow? Window { get; init; }

    /// <summary>The export the step started or followed, if any.</summary>
    public string? ExportArn { get; init; }

    /// <summary>The export this tick recorded as completed before its last step, if any.</summary>
    public CompletedExport? Recorded { get; init; }

    /// <summary>Where the table is in its cycle.</summary>
    public required TablePhase Phase { get; init; }

    /// <summary>The current chain number.</summary>
    public int Epoch { get; init; }

    /// <summary>Everything before this instant is exported in this epoch.</summary>
    public DateTimeOffset? Watermark { get; init; }

    /// <summary>How far the watermark is behind the engine's now, in seconds; null before the first full export completes.</summary>
    public double? LagSeconds { get; init; }

    /// <summary>Whether an operator paused the table.</summary>
    public bool Paused { get; init; }

    /// <summary>Why the table is blocked (None when it is not).</summary>
    public BlockReason BlockReason { get; init; }

    /// <summary>The last failure or block.</summary>
    public string? LastError { get; init; }

    /// <summary>Failures of the current window in a row.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The export in flight, if any.</summary>
    public InFlightExport? InFlight { get; init; }

    /// <summary>A reset asked for and not applied yet.</summary>
    public RequestedReset? PendingReset { get; init; }

    /// <summary>The apply chain (the data lake's second watermark and apply lag); absent when the lake is off.</summary>
    public ApplyStatus? Apply { get; init; }

    internal static TableReport Of(TableOutcome outcome) => Of(outcome.Status) with
    {
        Table = outcome.Table,
        Step = outcome.Step,
        Detail = outcome.Detail,
        Window = outcome.Window,
        ExportArn = outcome.ExportArn,
        Recorded = outcome.Recorded,
    };

    internal static TableReport Of(TableStatus status) => new()
    {
        Table = status.Table,
        Phase = status.Phase,
        Epoch = status.Epoch,
        Watermark = status.Watermark,
        LagSeconds = status.Lag?.TotalSeconds,
        Paused = status.Paused,
        BlockReason = status.BlockReason,
        LastError = status.LastError,
        ConsecutiveFailures = status.ConsecutiveFailures,
        InFlight = status.InFlight,
        PendingReset = status.PendingReset,
        Apply = status.Apply,
    };
}
