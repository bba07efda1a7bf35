using IncrementalExport.Core.Lake.Athena;

namespace IncrementalExport.Core.Engine;

/// <summary>What a tick's apply step did for one table.</summary>
/// <param name="Table">The source table.</param>
/// <param name="State">The apply chain after the step (as read when the step could not run).</param>
/// <param name="Error">Why the step did not run or stopped (the next tick tries again); null when it ran.</param>
public sealed record LakeOutcome(string Table, LakeChainState? State, string? Error)
{
    /// <summary>When the chain has its next step due (null: not before the next export completes, or Blocked).</summary>
    public DateTimeOffset? Due { get; init; }
}
