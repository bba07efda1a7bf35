namespace IncrementalExport.Core.Lake.Athena;

/// <summary>How far a table's lake is applied.</summary>
/// <param name="Epoch">The epoch whose Iceberg table the view shows (or is being built).</param>
/// <param name="AppliedThrough">The last export sequence merged into it.</param>
/// <param name="Columns">The attribute columns the epoch's table has, in order.</param>
public sealed record LakePosition(int Epoch, int AppliedThrough, IReadOnlyList<ColumnSpec> Columns);
