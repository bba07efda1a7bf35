namespace IncrementalExport.Core.Engine;

/// <summary>The result of one tick (or plan) over the selected tables, in settings order.</summary>
public sealed record TickReport(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool DryRun,
    bool StoppedForDeadline,
    IReadOnlyList<TableOutcome> Tables)
{
    /// <summary>
    /// When the function should next run: the earliest time any configured table can have work (never sooner than a
    /// minute after the tick); null when only an operator or the safety-net schedule can give any table work.
    /// </summary>
    public DateTimeOffset? NextWakeUp { get; init; }

    /// <summary>
    /// The tables the tick left alone without any call because they could not have work yet (their outcome says until
    /// when): nothing about them changed, so a log can leave them out.
    /// </summary>
    public IReadOnlySet<string> LeftAlone { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The apply step's outcome per table (empty when the lake is off or the tick was a dry run).</summary>
    public IReadOnlyList<LakeOutcome> Lake { get; init; } = [];
}
