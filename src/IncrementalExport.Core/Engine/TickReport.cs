namespace IncrementalExport.Core.Engine;

/// <summary>The result of one tick (or plan) over the selected tables, in settings order.</summary>
public sealed record TickReport(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    bool DryRun,
    bool StoppedForDeadline,
    IReadOnlyList<TableOutcome> Tables);
