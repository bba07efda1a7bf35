using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// Planning a table's next incremental window from its PITR window as last seen, without DescribeContinuousBackups.
/// Only for a chain in its normal course (no first or failed full export, no retry, no block, no reset) and a view at
/// most <see cref="MaxAge"/> old. If AWS's lag has grown since, or PITR was turned off (or off and on), AWS refuses the
/// start (InvalidExportTime, PointInTimeRecoveryUnavailable); the intent is then dropped without counting a failure
/// (<see cref="Withdrawn"/>) and the table planned again from AWS's own PITR window: a wrong guess costs calls, never a window.
/// </summary>
internal static class PitrEstimate
{
    /// <summary>How long a seen PITR window is planned from, and the longest a table goes without a look at AWS.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(6);

    /// <summary>
    /// The largest PITR lag an estimate is made from. AWS's lag is typically about five minutes; a larger one was seen at an
    /// odd moment (PITR just turned on, a host clock ahead) and would postpone the table for hours, so AWS is asked instead.
    /// </summary>
    public static readonly TimeSpan MaxTrustedLag = TimeSpan.FromMinutes(30);

    /// <summary>Whether <paramref name="seen"/> may be planned from at <paramref name="now"/>: not from the future (a clock that went back), with a plausible lag.</summary>
    public static bool Trusted(PitrSeen seen, DateTimeOffset now) => now >= seen.CheckedAt && seen.Lag <= MaxTrustedLag;

    /// <summary>The PITR window to plan <paramref name="state"/>'s next window from at <paramref name="now"/>, or null to ask AWS.</summary>
    public static PitrWindow? For(TableState state, DateTimeOffset now) =>
        state is { PitrSeen: { } seen, Paused: false, Epoch: > 0, Watermark: not null, RetryWindow: null, ConsecutiveFailures: 0, BlockReason: BlockReason.None, PendingReset: null }
        && Trusted(seen, now)
        && now - seen.CheckedAt <= MaxAge
            ? seen.Expected(now)
            : null;

    /// <summary>
    /// The planner's decision for <paramref name="state"/> from the PITR window last seen: a start of the next incremental
    /// window, or a wait (the next window cannot be due yet). Null when that view may not be used or the planner would do
    /// anything else with it (a gap, a full export), which only AWS's own PITR window may decide.
    /// </summary>
    public static Guess? Plan(TableState state, TableSettings table, ExportSettings settings, DateTimeOffset now)
    {
        if (For(state, now) is not { } expected)
        {
            return null;
        }

        return WindowPlanner.Plan(state, table, TableWindows.ForPlanner(state, table, settings), expected) switch
        {
            PlanDecision.Start { NewEpoch: false, Window.Kind: ExportKind.Incremental } start => new Guess(start, expected),
            PlanDecision.Wait wait => new Guess(wait, expected),
            _ => null,
        };
    }

    /// <summary>
    /// The state after AWS refused a start planned from the estimate as outside the PITR window: the intent is dropped
    /// without counting a failure, with a new attempt number, and the view is forgotten, so the planning that follows asks AWS.
    /// </summary>
    public static TableState Withdrawn(TableState intent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var attempt = intent.InFlight?.Attempt ?? intent.NextAttempt;
        return StateTransitions.Stamp(intent with { InFlight = null, NextAttempt = attempt + 1, PitrSeen = null }, now);
    }

    /// <summary><paramref name="state"/> with the view of <paramref name="pitr"/> read at <paramref name="now"/> (kept when PITR was off).</summary>
    public static TableState Seen(TableState state, PitrWindow pitr, DateTimeOffset now) =>
        state with { PitrSeen = PitrSeen.Of(pitr, now) ?? state.PitrSeen };

    /// <summary>A start or wait planned from an expected PITR window, and that window.</summary>
    public sealed record Guess(PlanDecision Decision, PitrWindow Pitr);
}
