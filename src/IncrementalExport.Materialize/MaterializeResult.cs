using IncrementalExport.Core.Lake;

namespace IncrementalExport.Materialize;

/// <summary>What materialize wrote.</summary>
/// <param name="Table">The source table.</param>
/// <param name="Folder">The folder of the table's Parquet file.</param>
/// <param name="Rows">Rows written: the items current at <see cref="CurrentTo"/>.</param>
/// <param name="CurrentTo">The end of the last applied window.</param>
/// <param name="Epoch">The epoch applied.</param>
/// <param name="Exports">Exports applied (the full export and the incremental ones).</param>
/// <param name="Lines">Export lines read.</param>
/// <param name="Columns">The columns, without _item.</param>
public sealed record MaterializeResult(
    string Table, string Folder, long Rows, DateTimeOffset CurrentTo, int Epoch, int Exports, long Lines, IReadOnlyList<ColumnSpec> Columns);
