using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Materialize;

/// <summary>
/// An export chain becomes a table: plan from the history, read and check every file, apply with DuckDB, then put
/// OUT/&lt;table&gt;/ in place in one rename. Any error leaves OUT as it was.
/// </summary>
public static class Materializer
{
    /// <summary>The Parquet file's name inside the table's folder.</summary>
    public const string DataFileName = "data.parquet";

    /// <summary>
    /// Materializes <paramref name="table"/> into <paramref name="outDir"/>/&lt;table&gt;/. <paramref name="describeKeys"/>
    /// gives the table's key attributes when no incremental line names them (null when the table is gone).
    /// </summary>
    public static async Task<MaterializeResult> RunAsync(
        string table,
        IReadOnlyList<CompletedExport> history,
        IExportFiles files,
        string outDir,
        Func<CancellationToken, Task<IReadOnlyList<string>?>> describeKeys,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(describeKeys);
        var plan = ApplyPlanner.Plan(table, history);
        using var applier = new DuckDbApplier();
        var loader = new ChainLoader(files, applier.Add);
        await loader.LoadAsync(plan, cancellationToken);
        // The key schema gives the key columns' order; the lines' Keys decide when the two disagree (or the table is gone).
        var schema = await describeKeys(cancellationToken);
        var keyNames = schema is not null && (loader.KeyNames.Count == 0 || loader.KeyNames.SetEquals(schema))
            ? schema.ToList()
            : loader.KeyNames.ToList();

        Directory.CreateDirectory(outDir);
        var staging = Path.Combine(outDir, $".{table}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var (rows, columns) = applier.WriteTable(keyNames, Path.Combine(staging, DataFileName));
            var target = Path.Combine(outDir, table);
            Replace(staging, target);
            return new MaterializeResult(table, target, rows, plan.CurrentTo, plan.Epoch, plan.Exports.Count, loader.Lines, columns);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Replace(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = target + $".old-{Guid.NewGuid():N}";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }
}
