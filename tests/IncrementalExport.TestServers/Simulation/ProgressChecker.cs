using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// The promise safety checks cannot see: the engine gets somewhere. Once a world has settled (no faults, every table
/// configured with PITR on, time given for windows to become due), every table that is neither paused nor blocked has
/// its watermark within one window of what is restorable (plus the safety margin, and the up to 15 minutes an off-grid
/// watermark waits for its first grid point); every blocked table says why, so an operator can act.
/// </summary>
public static class ProgressChecker
{
    /// <summary>The violations of <paramref name="states"/> given each table's LatestRestorableDateTime.</summary>
    public static IReadOnlyList<string> Check(
        IReadOnlyDictionary<string, TableState?> states,
        IReadOnlyDictionary<string, DateTimeOffset?> latestRestorable,
        TimeSpan window,
        TimeSpan safetyMargin)
    {
        ArgumentNullException.ThrowIfNull(states);
        return Check(states, latestRestorable, states.Keys.ToDictionary(t => t, _ => window, StringComparer.Ordinal), safetyMargin);
    }

    /// <summary>The same, each table with the longest window it may export (its own, or the adaptive mode's limit).</summary>
    public static IReadOnlyList<string> Check(
        IReadOnlyDictionary<string, TableState?> states,
        IReadOnlyDictionary<string, DateTimeOffset?> latestRestorable,
        IReadOnlyDictionary<string, TimeSpan> windows,
        TimeSpan safetyMargin)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(latestRestorable);
        ArgumentNullException.ThrowIfNull(windows);
        var violations = new List<string>();
        foreach (var (table, state) in states)
        {
            var allowed = windows[table] + safetyMargin + ExportRules.MinIncrementalPeriod;
            if (state is { BlockReason: not BlockReason.None })
            {
                if (string.IsNullOrWhiteSpace(state.LastError))
                {
                    violations.Add($"{table}: Blocked ({state.BlockReason}) without a reason an operator can act on");
                }

                continue;
            }

            if (state is { Paused: true })
            {
                continue;
            }

            if (state?.InFlight is { } inFlight)
            {
                violations.Add($"{table}: still has {inFlight.Window.Kind} [{TimeFormat.Iso(inFlight.Window.From)}, {TimeFormat.Iso(inFlight.Window.To)}) in flight after settling");
                continue;
            }

            if (latestRestorable.GetValueOrDefault(table) is not { } latest)
            {
                continue;
            }

            if (state?.Watermark is not { } watermark)
            {
                violations.Add($"{table}: no export completed after settling (epoch {state?.Epoch ?? 0}), neither paused nor blocked");
            }
            else if (latest - watermark > allowed + EstimateSlack(state))
            {
                violations.Add($"{table}: stalled: watermark {TimeFormat.Iso(watermark)} is {latest - watermark} behind the latest restorable time {TimeFormat.Iso(latest)} (allowed {allowed + EstimateSlack(state)})");
            }
        }

        return violations;
    }

    /// <summary>
    /// How much later than AWS's own PITR window a table may start its next window by design: the engine plans it from the
    /// lag it last saw (at most <see cref="PitrEstimate.MaxTrustedLag"/>), which delays it when AWS's lag has since shrunk.
    /// </summary>
    private static TimeSpan EstimateSlack(TableState state) =>
        state.PitrSeen is { } seen && seen.Lag <= PitrEstimate.MaxTrustedLag ? seen.Lag : TimeSpan.Zero;
}
