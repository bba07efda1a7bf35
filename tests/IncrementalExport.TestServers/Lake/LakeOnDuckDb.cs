using DuckDB.NET.Data;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.Materialize;

namespace IncrementalExport.TestServers.Lake;

/// <summary>
/// Runs a table's lake on DuckDB: the statements <see cref="LakeApplyPlanner"/> gives for Athena, through
/// <see cref="AthenaToDuckDb"/>, over the export files' lines (read as their manifests list them) loaded into the
/// source table with their partition values. What Athena's partition projection reads, this loads.
/// </summary>
internal sealed class LakeOnDuckDb : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly LakeStatements _sql;
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);
    private int _applies;

    public LakeOnDuckDb(LakeTable table)
    {
        Table = table;
        _sql = new LakeStatements(table);
        _connection.Open();
        foreach (var macro in AthenaToDuckDb.Prelude)
        {
            Execute(macro);
        }

        // The stack creates the database; the first apply creates the source table (here before its lines are loaded).
        Execute($"CREATE SCHEMA {SqlText.Identifier(table.Database)}");
        AthenaToDuckDb.Translate(_sql.CreateSourceTable()).ToList().ForEach(Execute);
    }

    public LakeTable Table { get; }

    public LakePosition? Position { get; private set; }

    /// <summary>Every Athena statement run, in order.</summary>
    public List<string> Statements { get; } = [];

    /// <summary>Applies the plan to its end, <paramref name="maxExports"/> exports per merge, compacting every <paramref name="compactEvery"/> merges.</summary>
    public async Task ApplyAsync(ApplyPlan plan, IExportFiles files, int maxExports, int compactEvery = 3)
    {
        await LoadAsync(plan, files);
        while (LakeApplyPlanner.Next(Table, plan, Position, maxExports) is { Count: > 0 } exports)
        {
            // The typing query first, as the apply chain runs it in Athena (recorded with the statements).
            var typing = _sql.Typing(exports);
            Statements.Add(typing);
            var apply = LakeApplyPlanner.Statements(Table, plan.Epoch, Position, exports, LakeTyping.Stats(Select(typing)));
            apply.Statements.ToList().ForEach(Run);
            Position = apply.After;
            if (++_applies % compactEvery == 0)
            {
                Run(_sql.Optimize(plan.Epoch));
                Run(_sql.Vacuum(plan.Epoch));
            }
        }
    }

    /// <summary>The _item column of the view readers query.</summary>
    public List<string> Items()
    {
        var items = new List<string>();
        Query($"SELECT {SqlText.Identifier(ColumnSpec.ItemColumn)} FROM {SqlText.Identifier(Table.Database)}.{SqlText.Identifier(LakeNames.View(Table.Table))}", items.Add);
        return items;
    }

    /// <summary>Rows of the view as column name → value text (NULL as null).</summary>
    public List<Dictionary<string, string?>> Rows()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {SqlText.Identifier(Table.Database)}.{SqlText.Identifier(LakeNames.View(Table.Table))}";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string?>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Text(reader, i)));
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();

    // Values as text: numbers invariant, bytes as base64 (as DynamoDB JSON writes them).
    private static string? Text(System.Data.Common.DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i))
        {
            return null;
        }

        var value = reader.GetValue(i);
        if (value is Stream stream)
        {
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return Convert.ToBase64String(bytes.ToArray());
        }

        return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Run(string athena)
    {
        Statements.Add(athena);
        foreach (var sql in AthenaToDuckDb.Translate(athena))
        {
            Execute(sql);
        }
    }

    /// <summary>The stats of the current images of the keys <paramref name="exports"/> change, from the lake's typing query.</summary>
    public AttributeStats Changed(IReadOnlyList<(int Sequence, SourcePartition Partition)> exports) =>
        LakeTyping.Stats(Select(_sql.Typing(exports)));

    /// <summary>The same stats read in C# from every changed image (what the typing query must agree with).</summary>
    public AttributeStats ChangedInCode(IReadOnlyList<(int Sequence, SourcePartition Partition)> exports)
    {
        var stats = new AttributeStats();
        Query(_sql.ChangedImages(exports), stats.Add);
        return stats;
    }

    /// <summary>What the fake Athena answers: a SELECT's rows (header first, values as text), any other statement run.</summary>
    public FakeQueryOutcome Answer(string athena)
    {
        if (athena.StartsWith("SELECT ", StringComparison.Ordinal))
        {
            Statements.Add(athena);
            return FakeQueryOutcome.Selected(Select(athena));
        }

        Run(athena);
        return FakeQueryOutcome.Succeeded;
    }

    /// <summary>The rows of a query as GetQueryResults gives them: the header row, then each row's values as text.</summary>
    public List<IReadOnlyList<string?>> Select(string athena)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = AthenaToDuckDb.Translate(athena).Single();
        using var reader = command.ExecuteReader();
        var rows = new List<IReadOnlyList<string?>> { Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList() };
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i)).ToList());
        }

        return rows;
    }

    /// <summary>Loads the lines of the plan's exports not loaded yet into the source table.</summary>
    public async Task LoadAsync(ApplyPlan plan, IExportFiles files)
    {
        var fresh = new ApplyPlan(plan.Table, plan.Epoch, plan.Exports.Where(e => !_loaded.Contains(e.ExportArn)).ToList());
        var partitions = fresh.Exports.Select(e => SourcePartition.Of(Table, e)).ToList();
        using (var appender = _connection.CreateAppender(Table.Database, LakeNames.Source(Table.Table)))
        {
            var loader = new ChainLoader(files, (seq, _, line) =>
                appender.CreateRow().AppendValue(line).AppendValue(partitions[seq].Epoch).AppendValue(partitions[seq].Window).AppendValue(partitions[seq].ExportId).EndRow());
            await loader.LoadAsync(fresh, CancellationToken.None);
        }

        _loaded.UnionWith(fresh.Exports.Select(e => e.ExportArn));
    }

    private void Query(string athena, Action<string> row)
    {
        var translated = AthenaToDuckDb.Translate(athena);
        using var command = _connection.CreateCommand();
        command.CommandText = translated.Single();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader.GetString(0));
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
