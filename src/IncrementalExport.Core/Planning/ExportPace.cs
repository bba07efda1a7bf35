using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>What a completed export teaches about the table's pace: how fast its exports can be, and (adaptive mode) its next window length.</summary>
internal static class ExportPace
{
    /// <summary>
    /// <paramref name="done"/> (the state after recording <paramref name="completed"/>) with the shortest incremental export
    /// time and the adaptive window length updated.
    /// </summary>
    public static TableState AfterCompletion(TableState done, CompletedExport completed, TableSettings table, ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(table);
        var shortest = done.ShortestExport;

        // Only incremental exports: a full export's time says nothing about how soon the next window's export can end.
        if (completed is { Window.Kind: ExportKind.Incremental, StartedAt: { } started, EndedAt: { } ended } && ended >= started)
        {
            // Whole milliseconds, rounded down, as the state item keeps them: never later than AWS's own figure.
            var took = TimeSpan.FromMilliseconds(Math.Floor((ended - started).TotalMilliseconds));
            shortest = shortest is { } known && known <= took ? known : took;
        }

        int? adaptive = table.AdaptiveWindows
            ? AdaptiveWindow.After(TableWindows.CurrentMinutes(done, table, settings), completed, table, settings)
            : null;
        return done with { ShortestExport = shortest, AdaptiveWindowMinutes = adaptive };
    }
}
