using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// When the function should next run after a tick: the earliest <see cref="NextWork"/> over every configured table; a
/// table already due after the tick (it has had its step; looking again at once would only find the same) counts
/// <see cref="Soonest"/> after the tick. Null when nothing but an operator or the safety-net schedule can give
/// any table work. Pure; the scheduler adapter only carries the answer out.
/// </summary>
internal static class WakeUpRule
{
    /// <summary>
    /// The shortest wait after a tick, and the poll of an export that has outlived its expected end: one minute, the
    /// scheduler's own precision, so it adds at most a minute (about 30 s on average) to a late export.
    /// </summary>
    public static readonly TimeSpan Soonest = TimeSpan.FromMinutes(1);

    /// <summary>The longest poll of an export whose end cannot be estimated (a full export, or none completed yet).</summary>
    public static readonly TimeSpan LongestPoll = TimeSpan.FromMinutes(15);

    /// <summary>The earliest wake-up <paramref name="tables"/> (each with its state after the tick) need at <paramref name="now"/>.</summary>
    public static DateTimeOffset? Next(IEnumerable<(TableState State, TableSettings Table)> tables, ExportSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tables);
        DateTimeOffset? earliest = null;
        foreach (var (state, table) in tables)
        {
            if (For(state, table, settings, now) is { } at && (earliest is null || at < earliest))
            {
                earliest = at;
            }
        }

        return earliest;
    }

    /// <summary>When <paramref name="state"/> needs the function again, or null when only an operator or the safety net can help it.</summary>
    public static DateTimeOffset? For(TableState state, TableSettings table, ExportSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var next = NextWork.Of(state, table, settings, now);
        var soonest = now + Soonest;
        return next.Kind switch
        {
            NextWorkKind.Operator => null,

            // PITR off or the table missing: only a change on AWS helps, which the safety net finds; polling it every
            // minute would tick all day for a table nobody exports.
            NextWorkKind.Now when state.BlockReason is BlockReason.PitrDisabled or BlockReason.TableNotFound => null,

            // An export whose end cannot be estimated yet: poll at a quarter of its age so far (at least a minute, at
            // most LongestPoll), so a long full export costs a few ticks and its end is seen within a quarter of its time.
            NextWorkKind.Now when state.InFlight is { ExportArn: not null } inFlight
                                  && (state.ShortestExport is null || inFlight.Window.Kind == ExportKind.Full) =>
                now + Clamp((now - inFlight.RequestedAt) / 4, Soonest, LongestPoll),
            // Work due later is woken for when it is due, even seconds from now (waiting out a whole minute after the
            // tick would add up to a minute to it); work due already had this tick's step and is looked at a minute on.
            _ => next.At > now ? next.At : soonest,
        };
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;

    /// <summary>
    /// The wake-up of the exports, <paramref name="exports"/>, brought forward to the earliest apply step due (an apply
    /// due now counts <see cref="Soonest"/> after the tick, like a table due now).
    /// </summary>
    public static DateTimeOffset? WithApply(DateTimeOffset? exports, IEnumerable<DateTimeOffset?> applyDue, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(applyDue);
        var earliest = exports;
        foreach (var due in applyDue)
        {
            if (due is { } d)
            {
                var at = d < now + Soonest ? now + Soonest : d;
                earliest = earliest is null || at < earliest ? at : earliest;
            }
        }

        return earliest;
    }
}
