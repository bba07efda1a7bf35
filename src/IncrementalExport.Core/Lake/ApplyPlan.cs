using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Lake;

/// <summary>Which exports of a table's history make its current table, in the order they are applied.</summary>
/// <param name="Table">The source table.</param>
/// <param name="Epoch">The epoch applied: the latest in the history.</param>
/// <param name="Exports">
/// The epoch's full export, then its incremental exports in sequence order, without gaps; a plan read from a position
/// (<see cref="ApplyPlanner.PlanFrom"/>) starts at that sequence instead.
/// </param>
public sealed record ApplyPlan(string Table, int Epoch, IReadOnlyList<CompletedExport> Exports)
{
    /// <summary>The time the applied table is current to: the end of the last export's window (the full export's time).</summary>
    public DateTimeOffset CurrentTo => Exports[^1].Window.To;
}
