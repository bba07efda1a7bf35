using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// The outcome of a table a tick leaves alone because it cannot have work yet (<see cref="NextWork"/>): no call is made
/// for it. A paused or blocked table is not skipped here: its step reports it, also without a call.
/// </summary>
internal static class TickSkip
{
    /// <summary>The outcome without a call, or null when the table's step must run.</summary>
    public static StepResult? Outcome(TableState state, TableSettings table, ExportSettings settings, DateTimeOffset now)
    {
        var next = NextWork.Of(state, table, settings, now);
        if (next.At <= now)
        {
            return null;
        }

        var at = TimeFormat.Iso(next.At);
        return next.Kind switch
        {
            NextWorkKind.WindowDue => Skipped(
                state,
                StepKind.Waiting,
                $"up to date: the next window from {TimeFormat.Iso(state.Watermark!.Value)} cannot be due before {at} "
                + $"(PITR lag {Describe(state.PitrSeen!.Lag)} as seen at {TimeFormat.Iso(state.PitrSeen.CheckedAt)}); nothing asked",
                now),
            NextWorkKind.ExportMayEnd => Skipped(
                state,
                StepKind.InProgress,
                $"in progress: it cannot have ended before {at} (shortest export of the table so far {Describe(state.ShortestExport!.Value)}); not described",
                now),
            _ => null,
        };
    }

    private static StepResult Skipped(TableState state, StepKind step, string detail, DateTimeOffset now) =>
        StepResult.Of(state.Table, step, detail, state, now) with { Skipped = true };

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : $"{(int)span.TotalMinutes} min {span.Seconds} s";
}
