using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>Pause, resume and reset as pure changes of the state; null when the action changes nothing.</summary>
internal static class OperatorActions
{
    /// <summary>No new exports; one in flight is still followed to its end and recorded.</summary>
    public static TableState? Pause(TableState state, DateTimeOffset now) =>
        state.Paused ? null : StateTransitions.Stamp(state with { Paused = true }, now);

    /// <summary>Lets a paused table go on, and gives a blocked one a fresh count of failures.</summary>
    public static TableState? Resume(TableState state, DateTimeOffset now) =>
        !state.Paused && state.BlockReason == BlockReason.None
            ? null
            : StateTransitions.Stamp(state with { Paused = false, BlockReason = BlockReason.None, ConsecutiveFailures = 0 }, now);

    /// <summary>
    /// Asks for a new epoch. Applied by the next tick that finds nothing in flight; it also lifts a pause and a
    /// block, since starting over is exactly what the operator asked for.
    /// </summary>
    public static TableState Reset(TableState state, DateTimeOffset? from, DateTimeOffset now) =>
        StateTransitions.Stamp(state with { PendingReset = new RequestedReset(from, now), Paused = false, BlockReason = BlockReason.None, ConsecutiveFailures = 0 }, now);
}
