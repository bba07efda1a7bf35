namespace IncrementalExport.TestServers.Simulation;

/// <summary>A reproducible scenario: its settings shape and its steps, all drawn from <see cref="Seed"/>.</summary>
public sealed record Scenario(
    int Seed,
    int TableCount,
    int WindowMinutes,
    bool Align,
    int MaxCatchUpMinutes,
    bool FullExportOnGap,
    int MaxConsecutiveFailures,
    IReadOnlyList<TimeSpan?> StartTimesAgo,
    IReadOnlyList<SimAction> Actions)
{
    public override string ToString() =>
        $"seed {Seed}: {TableCount} tables, window {WindowMinutes} min{(Align ? " aligned" : "")}, catch-up {MaxCatchUpMinutes} min, "
        + $"on gap {(FullExportOnGap ? "fullExport" : "halt")}, block after {MaxConsecutiveFailures} failures";
}
