using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;

namespace IncrementalExport.Core.Engine;

/// <summary>When a table's apply chain next has a step to take, for the wake-up: pure.</summary>
public static class LakeDue
{
    /// <summary>
    /// A started statement is followed at the next tick, a recorded one starts at its backoff's end, a chain behind
    /// its history plans at once; a Blocked or current chain has nothing due (a new export wakes the function anyway).
    /// </summary>
    public static DateTimeOffset? Of(LakeChainState state, ApplyPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(plan);
        return state switch
        {
            { BlockedReason: not null } => null,
            { Pending.QueryExecutionId: not null } => now,
            { Pending: not null } => state.RetryAt is { } at && at > now ? at : now,
            _ when state.Applied is not { } a || a.Epoch != plan.Epoch || a.AppliedThrough < plan.Exports[^1].Sequence => now,
            _ => null,
        };
    }
}
