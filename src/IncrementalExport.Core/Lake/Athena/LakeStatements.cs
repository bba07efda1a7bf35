using System.Globalization;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The Athena SQL that keeps one table's lake: the source table over the export files, one Iceberg table per epoch,
/// the merge of consecutive exports (the apply model of <see cref="ApplySql.LatestChanges"/>: one row per key, its
/// latest change), added columns, the view readers query, and compaction. Every statement is safe to run again.
/// </summary>
public sealed class LakeStatements(LakeTable table)
{
    private static readonly AthenaDialect Dialect = new();
    private readonly ApplySql _sql = new(Dialect);

    /// <summary>The source table: one string column over the raw lines, partitions projected from injected keys only.</summary>
    public string CreateSourceTable()
    {
        var partitions = string.Join(", ", SourcePartition.Keys.Select(k => $"{AthenaDialect.DdlIdentifier(k)} string"));
        var properties = SourcePartition.Keys.Select(k => ($"projection.{k}.type", "injected"))
            .Prepend(("projection.enabled", "true"))
            .Append(("storage.location.template", SourcePartition.Template(table)));
        return $"""
            CREATE EXTERNAL TABLE IF NOT EXISTS {Ddl(LakeNames.Source(table.Table))} (`line` string)
            PARTITIONED BY ({partitions})
            STORED AS TEXTFILE
            LOCATION {SqlText.Literal($"s3://{table.ExportBucket}/{table.ExportRoot}/")}
            TBLPROPERTIES ({string.Join(", ", properties.Select(p => $"{SqlText.Literal(p.Item1)}={SqlText.Literal(p.Item2)}"))})
            """;
    }

    /// <summary>The Iceberg table of <paramref name="epoch"/> with <paramref name="columns"/> and the metadata columns.</summary>
    public string CreateTable(int epoch, IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.Select(c => (Name: c.Column, Type: LakeColumnSql.DdlType(c))).Concat(LakeColumnSql.Metadata())
            .Select(c => $"{AthenaDialect.DdlIdentifier(c.Name)} {c.Type}");
        return $"""
            CREATE TABLE IF NOT EXISTS {Ddl(LakeNames.Iceberg(table.Table, epoch))} (
              {string.Join(",\n  ", list)})
            LOCATION {SqlText.Literal($"{table.WarehouseRoot}/{LakeNames.Iceberg(table.Table, epoch)}/")}
            TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet', 'write_compression'='zstd')
            """;
    }

    /// <summary>Adds <paramref name="columns"/> (new attributes) before a merge that fills them.</summary>
    public string AddColumns(int epoch, IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.Select(c => $"{AthenaDialect.DdlIdentifier(c.Column)} {LakeColumnSql.DdlType(c)}");
        return $"ALTER TABLE {Ddl(LakeNames.Iceberg(table.Table, epoch))} ADD COLUMNS ({string.Join(", ", list)})";
    }

    /// <summary>
    /// Merges exports <paramref name="exports"/> (consecutive, of one epoch) into the epoch's table: per key the latest
    /// change across them; a change wins only over a row it is not older than; no NewImage deletes.
    /// </summary>
    public string Merge(IReadOnlyList<(int Sequence, SourcePartition Partition)> exports, IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var epoch = int.Parse(exports[0].Partition.Epoch, CultureInfo.InvariantCulture);
        List<(string Column, string Value)> values = columns.Select(c => (c.Column, LakeColumnSql.Value(c, "image")))
            .Append((ColumnSpec.ItemColumn, Dialect.JsonToText("image")))
            .Append((LakeColumnSql.Key, "item_key"))
            .Append((LakeColumnSql.Epoch, epoch.ToString(CultureInfo.InvariantCulture)))
            .Append((LakeColumnSql.Window, "seq"))
            .Append((LakeColumnSql.WriteMicros, "write_micros"))
            .ToList();
        var names = values.Select(v => Dialect.Identifier(v.Column)).ToList();
        var micros = Dialect.Identifier(LakeColumnSql.WriteMicros);
        var notOlder = $"s.{micros} >= t.{micros}";
        return $"""
            MERGE INTO {Dml(LakeNames.Iceberg(table.Table, epoch))} AS t
            USING (
              SELECT {string.Join(",\n    ", values.Select(v => $"{v.Value} AS {Dialect.Identifier(v.Column)}"))},
                     image IS NULL AS deleted
              FROM (
            {_sql.LatestChanges(Lines(exports), table.KeyNames)}
              ) AS latest
            ) AS s
            ON t.{Dialect.Identifier(LakeColumnSql.Key)} = s.{Dialect.Identifier(LakeColumnSql.Key)}
            WHEN MATCHED AND s.deleted AND {notOlder} THEN DELETE
            WHEN MATCHED AND {notOlder} THEN UPDATE SET {string.Join(", ", names.Select(n => $"{n} = s.{n}"))}
            WHEN NOT MATCHED AND NOT s.deleted THEN INSERT ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select(n => "s." + n))})
            """;
    }

    /// <summary>The current images of the keys <paramref name="exports"/> change: what the new columns are typed from.</summary>
    public string ChangedImages(IReadOnlyList<(int Sequence, SourcePartition Partition)> exports) =>
        $"SELECT {Dialect.JsonToText("image")} AS image FROM (\n{_sql.LatestImages(Lines(exports), table.KeyNames)}\n) AS images";

    /// <summary>The typing query (<see cref="LakeTyping"/>) over the current images of the keys <paramref name="exports"/> change.</summary>
    public string Typing(IReadOnlyList<(int Sequence, SourcePartition Partition)> exports) =>
        LakeTyping.Query(_sql.LatestImages(Lines(exports), table.KeyNames));

    /// <summary>Points the stable name at <paramref name="epoch"/>'s table, in one statement (readers see one epoch or the other).</summary>
    public string ReplaceView(int epoch, IReadOnlyList<ColumnSpec> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.Select(c => c.Column)
            .Concat([ColumnSpec.ItemColumn, LakeColumnSql.Epoch, LakeColumnSql.Window, LakeColumnSql.WriteMicros])
            .Select(Dialect.Identifier);
        return $"CREATE OR REPLACE VIEW {Dml(LakeNames.View(table.Table))} AS\nSELECT {string.Join(", ", list)}\nFROM {Dml(LakeNames.Iceberg(table.Table, epoch))}";
    }

    /// <summary>Compaction: rewrites small data files (and applies the merges' delete files) into larger ones.</summary>
    public string Optimize(int epoch) => $"OPTIMIZE {Dml(LakeNames.Iceberg(table.Table, epoch))} REWRITE DATA USING BIN_PACK";

    /// <summary>Expires old snapshots and removes files no snapshot needs (the table properties' retention applies).</summary>
    public string Vacuum(int epoch) => $"VACUUM {Dml(LakeNames.Iceberg(table.Table, epoch))}";

    // One SELECT per export, each naming its partition by equality on every injected key.
    private string Lines(IReadOnlyList<(int Sequence, SourcePartition Partition)> exports)
    {
        if (exports.Count == 0)
        {
            throw new ArgumentException("at least one export", nameof(exports));
        }

        var selects = exports.Select(e =>
            $"  SELECT {e.Sequence.ToString(CultureInfo.InvariantCulture)} AS seq, 0 AS line_no, line FROM {Dml(LakeNames.Source(table.Table))}\n" +
            $"  WHERE epoch = {SqlText.Literal(e.Partition.Epoch)} AND export_window = {SqlText.Literal(e.Partition.Window)} AND export_id = {SqlText.Literal(e.Partition.ExportId)}");
        return $"(\n{string.Join("\n  UNION ALL\n", selects)}\n) AS export_lines";
    }

    private string Ddl(string name) => $"{AthenaDialect.DdlIdentifier(table.Database)}.{AthenaDialect.DdlIdentifier(name)}";

    private string Dml(string name) => $"{Dialect.Identifier(table.Database)}.{Dialect.Identifier(name)}";
}
