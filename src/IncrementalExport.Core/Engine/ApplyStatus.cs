using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// A table's apply chain as the engine sees it: the second watermark, the apply lag, the apply in progress and why it
/// is Blocked (reports carry it as Reports.ApplyReport).
/// </summary>
/// <param name="Epoch">The epoch the lake's view shows (null before the first apply).</param>
/// <param name="AppliedThrough">The last history sequence applied (the second watermark; null before the first apply).</param>
/// <param name="AppliedTo">The end of that export's window: the lake holds the table as of this time.</param>
/// <param name="Lag">Now minus <paramref name="AppliedTo"/>.</param>
/// <param name="Applying">The apply in progress, e.g. "sequences 5–6, statement 2 of 3, query 1a2b…" or "sequences 5–6, typing query, to start"; null when none.</param>
/// <param name="BlockedReason">Set when the apply chain stopped after too many failures (resume retries it).</param>
public sealed record ApplyStatus(int? Epoch, int? AppliedThrough, DateTimeOffset? AppliedTo, TimeSpan? Lag, string? Applying, string? BlockedReason)
{
    /// <summary>The status of <paramref name="state"/> at <paramref name="now"/>.</summary>
    public static ApplyStatus Of(LakeChainState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var applying = state.Pending is { } p
            ? $"sequences {p.Apply.Exports[0].Sequence}–{p.Apply.Exports[^1].Sequence}, "
              + (p.Typing ? p.Typed ? "typing query done, results to read" : "typing query" : $"statement {p.Statement + 1} of {p.Apply.Statements.Count}")
              + (p.QueryExecutionId is { } q ? $", query {q}" : state.RetryAt is { } at ? $", retry at {TimeFormat.Iso(at)}" : ", to start")
            : null;
        return new ApplyStatus(state.Applied?.Epoch, state.Applied?.AppliedThrough, state.AppliedTo, state.AppliedTo is { } to ? now - to : null, applying, state.BlockedReason);
    }
}
