using System.Globalization;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Lake;

/// <summary>
/// The first rule of the apply model: only the history decides what is applied. The history holds completed exports
/// only (failed attempts never enter it); of its epochs only the latest is applied, from its full export (sequence 0)
/// through each incremental export in sequence order. A gap in the sequence is an error, never skipped.
/// </summary>
public static class ApplyPlanner
{
    /// <summary>The plan for <paramref name="table"/>, or a <see cref="LakeInputException"/> naming why there is none.</summary>
    public static ApplyPlan Plan(string table, IReadOnlyList<CompletedExport> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var mine = history.Where(e => e.Table == table).ToList();
        if (mine.Count == 0)
        {
            throw new LakeInputException($"table '{table}' has no completed export in its history: there is no completed full export to start from.");
        }

        var epoch = mine.Max(e => e.Epoch);
        var exports = mine.Where(e => e.Epoch == epoch).OrderBy(e => e.Sequence).ToList();
        if (exports[0].Sequence != 0 || exports[0].Window.Kind != ExportKind.Full)
        {
            throw new LakeInputException(
                $"table '{table}' has no completed full export in epoch {epoch.ToString(CultureInfo.InvariantCulture)} (its history starts at sequence {exports[0].Sequence.ToString(CultureInfo.InvariantCulture)}).");
        }

        for (var i = 1; i < exports.Count; i++)
        {
            if (exports[i].Sequence != i || exports[i].Window.Kind != ExportKind.Incremental)
            {
                throw new LakeInputException(
                    $"the history of table '{table}' in epoch {epoch.ToString(CultureInfo.InvariantCulture)} expects incremental export {i.ToString(CultureInfo.InvariantCulture)} but has {exports[i].Window.Kind} export {exports[i].Sequence.ToString(CultureInfo.InvariantCulture)} ({exports[i].ExportArn}).");
            }
        }

        return new ApplyPlan(table, epoch, exports);
    }
}
