using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// The adaptive mode's rule. An incremental export is billed at least <see cref="ExportRules.MinimumBilledBytes"/>, so
/// a window that changes less than that costs the minimum however short it is: such a table's windows double (up to
/// its freshness limit) while its exports bill at the minimum. Once an export bills at least twice the minimum, half
/// the window would still bill at least the minimum, so the window halves (down to the table's windowMinutes).
/// Lengths stay on the window grid when windows are aligned.
/// </summary>
internal static class AdaptiveWindow
{
    /// <summary>The window length after <paramref name="completed"/>, for a table now using <paramref name="current"/> minutes.</summary>
    public static int After(int current, CompletedExport completed, TableSettings table, ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(completed);
        if (!table.AdaptiveWindows || completed.Window.Kind != ExportKind.Incremental)
        {
            return current;
        }

        var minimum = ExportRules.MinimumBilledBytes;
        return completed.BilledSizeBytes <= minimum ? Longer(current, table, settings)
            : completed.BilledSizeBytes >= 2 * minimum ? Shorter(current, table, settings)
            : current;
    }

    /// <summary>The shortest allowed length of at least twice <paramref name="current"/>, or the limit.</summary>
    public static int Longer(int current, TableSettings table, ExportSettings settings)
    {
        var limit = TableWindows.LimitMinutes(table, settings);
        for (var minutes = 2 * current; minutes < limit; minutes++)
        {
            if (TableWindows.Allowed(minutes, table, settings))
            {
                return minutes;
            }
        }

        return limit;
    }

    /// <summary>The longest allowed length of at most half <paramref name="current"/>, or the table's window.</summary>
    public static int Shorter(int current, TableSettings table, ExportSettings settings)
    {
        var floor = TableWindows.BaseMinutes(table, settings);
        for (var minutes = current / 2; minutes > floor; minutes--)
        {
            if (TableWindows.Allowed(minutes, table, settings))
            {
                return minutes;
            }
        }

        return floor;
    }
}
