using IncrementalExport.Core.Engine;

namespace IncrementalExport.Core.Reports;

/// <summary>A table's apply chain in a report (the data lake's second watermark).</summary>
/// <param name="Epoch">The epoch the lake's view shows; null before the first apply.</param>
/// <param name="AppliedThrough">The last history sequence applied; null before the first apply.</param>
/// <param name="AppliedTo">The end of that export's window: the lake holds the table as of this time.</param>
/// <param name="LagSeconds">How far <paramref name="AppliedTo"/> is behind now, in whole seconds.</param>
/// <param name="Applying">The apply in progress, e.g. "sequences 5–6, statement 2 of 3, query 1a2b…".</param>
/// <param name="BlockedReason">Why the apply chain stopped after too many failures (resume retries it).</param>
public sealed record ApplyReport(int? Epoch, int? AppliedThrough, DateTimeOffset? AppliedTo, long? LagSeconds, string? Applying, string? BlockedReason)
{
    /// <summary>The report of <paramref name="apply"/>.</summary>
    public static ApplyReport Of(ApplyStatus apply)
    {
        ArgumentNullException.ThrowIfNull(apply);
        return new(apply.Epoch, apply.AppliedThrough, apply.AppliedTo, WholeSeconds.Of(apply.Lag), apply.Applying, apply.BlockedReason);
    }
}
