using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// Decides the next export of a table that has nothing in flight. Pure: the same state, settings and PITR window
/// always give the same decision. Only AWS's own PITR window bounds a window, never the local clock, so a skewed
/// clock cannot make the engine ask for times AWS has not made restorable yet.
/// </summary>
internal static class WindowPlanner
{
    /// <summary>
    /// Whether a table with nothing in flight is held before any PITR window is asked for: paused by an operator, or
    /// Blocked by a rule only an operator clears (a pending reset lifts the block). Null when it is planned.
    /// </summary>
    public static PlanDecision? Hold(TableState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Paused)
        {
            return new PlanDecision.Paused();
        }

        return IsStickyBlock(state.BlockReason) && state.PendingReset is null ? new PlanDecision.Held(state.BlockReason, state.LastError) : null;
    }

    /// <summary>The decision for <paramref name="state"/> given the table's current PITR window.</summary>
    public static PlanDecision Plan(TableState state, TableSettings table, ExportSettings settings, PitrWindow pitr)
    {
        if (!pitr.Enabled || pitr.Earliest is not { } earliest || pitr.Latest is not { } latest)
        {
            return new PlanDecision.Block(
                BlockReason.PitrDisabled,
                $"point-in-time recovery is off for table '{table.Name}'; turn it on (the chain then restarts with a full export if history was lost)");
        }

        var usable = latest - settings.SafetyMargin;
        if (state.PendingReset is { } reset)
        {
            return PlanFull(reset.From, earliest, usable, newEpoch: true, "reset requested by an operator");
        }

        if (state.Epoch == 0)
        {
            return PlanFull(table.StartTime, earliest, usable, newEpoch: true, "first export of the table");
        }

        if (state.Watermark is not { } watermark)
        {
            // The epoch's full export failed: retry it at the same export time so the chain's start does not move.
            var failedFull = state.RetryWindow ?? ExportWindow.Full(state.EpochStart ?? usable);
            return PlanFull(failedFull.To, earliest, usable, newEpoch: false, "retrying the epoch's full export");
        }

        if (watermark < earliest)
        {
            return PlanGap(watermark, earliest, usable, settings);
        }

        if (state.RetryWindow is { Kind: ExportKind.Incremental } retry && retry.From == watermark)
        {
            return new PlanDecision.Start(retry, NewEpoch: false, $"retrying the window that failed (attempt {state.NextAttempt + 1})");
        }

        return PlanIncremental(watermark, usable, settings);
    }

    private static PlanDecision PlanGap(DateTimeOffset watermark, DateTimeOffset earliest, DateTimeOffset usable, ExportSettings settings)
    {
        var message = $"PITR gap: the watermark {TimeFormat.Iso(watermark)} is older than the earliest restorable time {TimeFormat.Iso(earliest)}, "
            + "so changes in between can no longer be exported";
        return settings.OnPitrGap == PitrGapPolicy.FullExport
            ? PlanFull(null, earliest, usable, newEpoch: true, message + "; starting a new epoch (onPitrGap = fullExport)")
            : new PlanDecision.Block(BlockReason.PitrGap, message + "; reset the table to start a new epoch with a full export");
    }

    private static PlanDecision PlanFull(DateTimeOffset? requested, DateTimeOffset earliest, DateTimeOffset usable, bool newEpoch, string reason)
    {
        var exportTime = requested ?? WindowGrid.ToMinute(usable);
        if (exportTime < earliest)
        {
            return requested is null
                ? new PlanDecision.Wait($"PITR was turned on too recently: nothing restorable before {TimeFormat.Iso(usable)} yet")
                : new PlanDecision.Block(
                    BlockReason.StartTimeOutsidePitrWindow,
                    $"the full export time {TimeFormat.Iso(exportTime)} is before the earliest restorable time {TimeFormat.Iso(earliest)}; reset with a later time");
        }

        if (exportTime > usable)
        {
            return new PlanDecision.Wait($"the full export time {TimeFormat.Iso(exportTime)} is not restorable yet (latest usable {TimeFormat.Iso(usable)})");
        }

        return new PlanDecision.Start(ExportWindow.Full(exportTime), newEpoch, reason);
    }

    private static PlanDecision PlanIncremental(DateTimeOffset from, DateTimeOffset usable, ExportSettings settings)
    {
        if (usable - from < ExportRules.MinIncrementalPeriod)
        {
            return new PlanDecision.Wait($"up to date: the next window from {TimeFormat.Iso(from)} needs 15 minutes of restorable time (latest usable {TimeFormat.Iso(usable)})");
        }

        var behind = usable - from > settings.Window;
        var limit = Min(from + (behind ? settings.MaxCatchUp : settings.Window), usable);
        var to = settings.AlignWindows ? WindowGrid.AlignDown(limit, settings.Window) : limit;
        if (to - from < ExportRules.MinIncrementalPeriod)
        {
            // No grid point fits in this window; stretch it to the first grid point that makes a 15-minute window.
            var grid = WindowGrid.AlignUp(from + ExportRules.MinIncrementalPeriod, settings.Window);
            if (grid - from > ExportRules.MaxIncrementalPeriod)
            {
                // Only a one-day grid can be out of reach: a 15-minute bridge puts the next window back on it.
                to = from + ExportRules.MinIncrementalPeriod;
            }
            else if (grid <= usable)
            {
                to = grid;
            }
            else
            {
                return new PlanDecision.Wait($"waiting for the window [{TimeFormat.Iso(from)}, {TimeFormat.Iso(grid)}) to become restorable (latest usable {TimeFormat.Iso(usable)})");
            }
        }

        // A table is catching up only when at least two whole windows are restorable: the ordinary window that becomes
        // ready between two ticks always finds a bit more than one window restorable, and is not a backlog.
        var reason = usable - from >= 2 * settings.Window
            ? "catching up"
            : "next window";
        return new PlanDecision.Start(ExportWindow.Incremental(from, to), NewEpoch: false, reason);
    }

    // Blocks that clear by themselves (PITR back on, the table found) are planned again; these need an operator.
    private static bool IsStickyBlock(BlockReason reason) =>
        reason is BlockReason.PitrGap or BlockReason.ExportFailures or BlockReason.StartTimeOutsidePitrWindow;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

}
