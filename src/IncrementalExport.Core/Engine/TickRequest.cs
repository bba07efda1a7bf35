namespace IncrementalExport.Core.Engine;

/// <summary>What a tick works on.</summary>
/// <param name="Tables">Table names or ARNs to tick; null or empty for every configured table.</param>
/// <param name="StopStartingAt">After this instant no new export is started (the Lambda's deadline); in-flight exports are still followed.</param>
/// <param name="DryRun">Plan only: read state and PITR windows, start and write nothing.</param>
public sealed record TickRequest(
    IReadOnlyCollection<string>? Tables = null,
    DateTimeOffset? StopStartingAt = null,
    bool DryRun = false);
