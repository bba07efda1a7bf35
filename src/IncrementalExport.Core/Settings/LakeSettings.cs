namespace IncrementalExport.Core.Settings;

/// <summary>
/// The data lake section of the settings (<c>dataLake</c>): present when the stack keeps each table as an Iceberg table
/// through Athena. The stack writes it from its own resources and its config key <c>applyEveryMinutes</c>.
/// </summary>
/// <param name="Database">The stack's Glue database.</param>
/// <param name="WorkGroup">The stack's Athena workgroup (results location, encryption and cutoff enforced by it).</param>
/// <param name="ApplyEveryMinutes">How much export time one merge applies at most: consecutive exports are merged in one statement up to this (fewer, larger Athena merges).</param>
public sealed record LakeSettings(string Database, string WorkGroup, int ApplyEveryMinutes = LakeSettings.DefaultApplyEveryMinutes)
{
    /// <summary>One window per merge at the default window length.</summary>
    public const int DefaultApplyEveryMinutes = 15;

    /// <summary>Exports merged in one apply: applyEveryMinutes over the window length, at least one.</summary>
    public int MaxExports(int windowMinutes) => Math.Max(1, ApplyEveryMinutes / Math.Max(1, windowMinutes));
}
