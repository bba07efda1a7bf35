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
        return PlanFrom(table, epoch, 0, mine);
    }

    /// <summary>
    /// The part of <paramref name="table"/>'s plan in <paramref name="epoch"/> from <paramref name="fromSequence"/> on
    /// (what an apply chain that has applied the sequences before it needs), from those entries of the history alone.
    /// </summary>
    public static ApplyPlan PlanFrom(string table, int epoch, int fromSequence, IReadOnlyList<CompletedExport> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var exports = history.Where(e => e.Table == table && e.Epoch == epoch && e.Sequence >= fromSequence).OrderBy(e => e.Sequence).ToList();
        var text = epoch.ToString(CultureInfo.InvariantCulture);
        if (exports.Count == 0)
        {
            throw new LakeInputException(fromSequence == 0
                ? $"table '{table}' has no completed full export in epoch {text}."
                : $"the history of table '{table}' in epoch {text} has no export {fromSequence.ToString(CultureInfo.InvariantCulture)}.");
        }

        for (var i = 0; i < exports.Count; i++)
        {
            var sequence = fromSequence + i;
            var kind = sequence == 0 ? ExportKind.Full : ExportKind.Incremental;
            if (exports[i].Sequence != sequence || exports[i].Window.Kind != kind)
            {
                throw new LakeInputException(sequence == 0
                    ? $"table '{table}' has no completed full export in epoch {text} (its history starts at sequence {exports[0].Sequence.ToString(CultureInfo.InvariantCulture)})."
                    : $"the history of table '{table}' in epoch {text} expects incremental export {sequence.ToString(CultureInfo.InvariantCulture)} but has {exports[i].Window.Kind} export {exports[i].Sequence.ToString(CultureInfo.InvariantCulture)} ({exports[i].ExportArn}).");
            }
        }

        return new ApplyPlan(table, epoch, exports);
    }
}
