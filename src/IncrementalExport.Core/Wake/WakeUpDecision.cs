namespace IncrementalExport.Core.Wake;

/// <summary>
/// Whether a tick may replace the pending wake-up: an earlier time is always safe (it costs at most one tick); a later
/// one only when the pending time has passed or was chosen from an older view than this tick's. So a slow tick, whose
/// states were read before a faster tick's, can never postpone the wake-up the faster one set.
/// </summary>
internal static class WakeUpDecision
{
    /// <summary>
    /// The time to program, or null to leave <paramref name="pending"/> as it is: <paramref name="wanted"/> is what the
    /// tick whose states were read at <paramref name="view"/> needs (null: nothing but the safety net), at <paramref name="now"/>.
    /// </summary>
    public static DateTimeOffset? Replace(WakeRecord? pending, DateTimeOffset? wanted, DateTimeOffset view, DateTimeOffset now)
    {
        if (wanted is not { } at)
        {
            return null; // a pending wake-up left in place costs one tick; removing it could lose a newer tick's need
        }

        if (pending is null || pending.At <= now)
        {
            return at;
        }

        if (at == pending.At)
        {
            return null; // already programmed: no call
        }

        return at < pending.At || pending.View < view ? at : null;
    }
}
