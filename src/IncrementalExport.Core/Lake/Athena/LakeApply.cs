namespace IncrementalExport.Core.Lake.Athena;

/// <summary>One apply of consecutive exports: the statements to run in order, and the position once they all succeeded.</summary>
/// <param name="Exports">The exports merged, with their source partitions.</param>
/// <param name="Statements">Athena SQL, run one after the other.</param>
/// <param name="After">The position after the last statement.</param>
public sealed record LakeApply(IReadOnlyList<(int Sequence, SourcePartition Partition)> Exports, IReadOnlyList<string> Statements, LakePosition After);
