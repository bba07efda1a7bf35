namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// What the lake applies next, from the same <see cref="ApplyPlan"/> the local materialize uses: the exports after
/// the position (at most <c>maxExports</c>, consecutive, one epoch), or the new epoch from its full export. A new
/// epoch builds its own Iceberg table; the view moves to it only once its full export is in, so readers see one
/// complete epoch or the other.
/// </summary>
public static class LakeApplyPlanner
{
    /// <summary>The exports to apply next, or an empty list when the lake is current.</summary>
    public static IReadOnlyList<(int Sequence, SourcePartition Partition)> Next(LakeTable table, ApplyPlan plan, LakePosition? position, int maxExports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExports, 1);
        var from = position is null || position.Epoch != plan.Epoch ? 0 : position.AppliedThrough + 1;
        return plan.Exports.Where(e => e.Sequence >= from).Take(maxExports).Select(e => (e.Sequence, SourcePartition.Of(table, e))).ToList();
    }

    /// <summary>
    /// The statements that apply <paramref name="exports"/> (from <see cref="Next"/>) given the current images of the
    /// keys they change (<paramref name="changed"/>, from <see cref="LakeStatements.ChangedImages"/>), which type the new columns.
    /// </summary>
    public static LakeApply Statements(LakeTable table, int epoch, LakePosition? position, IReadOnlyList<(int Sequence, SourcePartition Partition)> exports, AttributeStats changed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(exports);
        var sql = new LakeStatements(table);
        var fresh = exports[0].Sequence == 0;
        var existing = fresh || position is null ? [] : position.Columns;
        var added = ColumnTyping.Extend(existing, changed, table.KeyNames, LakeNames.Column, LakeColumnSql.Reserved);
        var columns = existing.Concat(added).ToList();
        var statements = new List<string>();
        if (fresh)
        {
            statements.Add(sql.CreateSourceTable());
            statements.Add(sql.CreateTable(epoch, columns));
        }
        else if (added.Count > 0)
        {
            statements.Add(sql.AddColumns(epoch, added));
        }

        statements.Add(sql.Merge(exports, columns));
        if (fresh || added.Count > 0)
        {
            statements.Add(sql.ReplaceView(epoch, columns));
        }

        return new LakeApply(exports, statements, new LakePosition(epoch, exports[^1].Sequence, columns));
    }
}
