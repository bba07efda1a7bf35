using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// When a table can next have work: the earliest instant (engine clock) at which a tick could do more for it than
/// report what it already knows. Before <see cref="At"/> a tick makes no call for the table. Pure, from the state alone,
/// so it also tells when the earliest of all tables has work.
/// </summary>
/// <param name="At">The instant; at or before "now" means the table has work now; <see cref="DateTimeOffset.MaxValue"/> means only an operator can give it work.</param>
/// <param name="Kind">What the table waits for.</param>
internal sealed record NextWork(DateTimeOffset At, NextWorkKind Kind)
{
    /// <summary>
    /// The next work of <paramref name="state"/> at <paramref name="now"/>. Every estimate is early rather than late, given
    /// a PITR lag that does not shrink and exports that take at least as long as the shortest seen: the next window is due
    /// once LatestRestorableDateTime minus the safety margin reaches the first end the planner accepts, with the lag last
    /// seen; an incremental export in flight cannot end before its intent plus the shortest incremental export so far.
    /// Nothing waits longer than <see cref="PitrEstimate.MaxAge"/> after the last look at AWS, and a clock that went back
    /// makes the table due now.
    /// </summary>
    public static NextWork Of(TableState state, TableSettings table, ExportSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        if (state.InFlight is { } inFlight)
        {
            return inFlight is { ExportArn: not null, Window.Kind: ExportKind.Incremental } && state.ShortestExport is { } shortest && now >= inFlight.RequestedAt
                ? new(inFlight.RequestedAt + Min(shortest, PitrEstimate.MaxAge), NextWorkKind.ExportMayEnd)
                : new(now, NextWorkKind.Now);
        }

        if (WindowPlanner.Hold(state) is not null)
        {
            return new(DateTimeOffset.MaxValue, NextWorkKind.Operator);
        }

        if (state is not { PendingReset: null, BlockReason: BlockReason.None, Epoch: > 0, Watermark: { } watermark, RetryWindow: null, ConsecutiveFailures: 0, PitrSeen: { } seen }
            || !PitrEstimate.Trusted(seen, now))
        {
            return new(now, NextWorkKind.Now);
        }

        var planner = TableWindows.ForPlanner(state, table, settings);
        var due = FirstStartableEnd(watermark, planner) + settings.SafetyMargin + seen.Lag;
        return new(Min(due, seen.CheckedAt + PitrEstimate.MaxAge), NextWorkKind.WindowDue);
    }

    /// <summary>
    /// The earliest instant any of <paramref name="settings"/>' tables has work, given their states (a table with no state
    /// yet has work now); <see cref="DateTimeOffset.MaxValue"/> when only operators can give any of them work.
    /// </summary>
    public static DateTimeOffset Earliest(IReadOnlyDictionary<string, TableState> states, ExportSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Tables
            .Select(t => Of(states.GetValueOrDefault(t.Name) ?? TableState.NewTable(t.Name), t, settings, now).At)
            .DefaultIfEmpty(DateTimeOffset.MaxValue)
            .Min();
    }

    /// <summary>
    /// The smallest LatestRestorableDateTime minus the safety margin at which <see cref="WindowPlanner"/> starts the window
    /// from <paramref name="from"/>: 15 minutes on, or (aligned) the first grid point at least 15 minutes on, unless that is
    /// more than a day away and the planner bridges with 15 minutes.
    /// </summary>
    public static DateTimeOffset FirstStartableEnd(DateTimeOffset from, ExportSettings planner)
    {
        var shortest = from + ExportRules.MinIncrementalPeriod;
        if (!planner.AlignWindows)
        {
            return shortest;
        }

        var grid = WindowGrid.AlignUp(shortest, planner.Window);
        return grid - from > ExportRules.MaxIncrementalPeriod ? shortest : grid;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
