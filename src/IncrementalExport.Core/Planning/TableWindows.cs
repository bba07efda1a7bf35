using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// The window length a table's next windows use: its own <c>windowMinutes</c> or the environment's, or, in the adaptive
/// mode, the length the mode chose, as long as that is still allowed by the table's settings.
/// </summary>
internal static class TableWindows
{
    /// <summary>The table's configured window length.</summary>
    public static int BaseMinutes(TableSettings table, ExportSettings settings) => table.WindowMinutes ?? settings.WindowMinutes;

    /// <summary>The longest window the table may get: its freshness limit in the adaptive mode, else its window.</summary>
    public static int LimitMinutes(TableSettings table, ExportSettings settings) =>
        table.AdaptiveWindows ? Math.Max(table.FreshnessLimitMinutes ?? 0, BaseMinutes(table, settings)) : BaseMinutes(table, settings);

    /// <summary>Whether windows of <paramref name="minutes"/> are allowed for the table (in its range and on the grid).</summary>
    public static bool Allowed(int minutes, TableSettings table, ExportSettings settings) =>
        minutes >= BaseMinutes(table, settings)
        && minutes <= LimitMinutes(table, settings)
        && (!settings.AlignWindows || SettingsValidator.MaxWindowMinutes % minutes == 0);

    /// <summary>The window length of the table's next window.</summary>
    public static int CurrentMinutes(TableState state, TableSettings table, ExportSettings settings) =>
        table.AdaptiveWindows && state.AdaptiveWindowMinutes is { } chosen && Allowed(chosen, table, settings)
            ? chosen
            : BaseMinutes(table, settings);

    /// <summary>
    /// The settings the planner plans the table's next window with: the environment's, with the table's current window
    /// length (and catch-up windows never shorter than it).
    /// </summary>
    public static ExportSettings ForPlanner(TableState state, TableSettings table, ExportSettings settings)
    {
        var minutes = CurrentMinutes(state, table, settings);
        return minutes == settings.WindowMinutes
            ? settings
            : settings with { WindowMinutes = minutes, MaxCatchUpMinutes = Math.Max(settings.MaxCatchUpMinutes, minutes) };
    }
}
