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
    IReadOnlyList<SimAction> Actions,
    IReadOnlyList<int?>? TableWindowMinutes = null,
    int? AdaptiveLimitMinutes = null)
{
    /// <summary>The longest window a table of the scenario may export: its own, the environment's, or the adaptive limit.</summary>
    public int LongestWindowMinutes(int table) =>
        AdaptiveLimitMinutes ?? TableWindowMinutes?[table] ?? WindowMinutes;

    public override string ToString() =>
        $"seed {Seed}: {TableCount} tables, window {WindowMinutes} min{(Align ? " aligned" : "")}, catch-up {MaxCatchUpMinutes} min, "
        + $"on gap {(FullExportOnGap ? "fullExport" : "halt")}, block after {MaxConsecutiveFailures} failures"
        + (TableWindowMinutes is { } own ? $", own windows [{string.Join(", ", own.Select(w => w?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"))}]" : "")
        + (AdaptiveLimitMinutes is { } limit ? $", adaptive up to {limit} min" : "");
}
