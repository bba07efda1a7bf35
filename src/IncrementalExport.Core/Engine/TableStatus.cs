using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>A read-only view of one table's state for reports, the CLI and metrics.</summary>
public sealed record TableStatus(
    string Table,
    TablePhase Phase,
    int Epoch,
    DateTimeOffset? Watermark,
    TimeSpan? Lag,
    bool Paused,
    InFlightExport? InFlight,
    string? LastError,
    BlockReason BlockReason,
    int ConsecutiveFailures,
    RequestedReset? PendingReset)
{
    /// <summary>The status of <paramref name="state"/> at <paramref name="now"/>.</summary>
    public static TableStatus Of(TableState state, DateTimeOffset now) => new(
        state.Table,
        state.Phase,
        state.Epoch,
        state.Watermark,
        state.Watermark is { } w ? now - w : null,
        state.Paused,
        state.InFlight,
        state.LastError,
        state.BlockReason,
        state.ConsecutiveFailures,
        state.PendingReset);

    /// <summary>The apply chain (the data lake's second watermark); null when the stack's lake is off.</summary>
    public ApplyStatus? Apply { get; init; }
}
