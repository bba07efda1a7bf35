using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>The pieces of the lake's Athena SQL: names, partitions, JSON paths, and the translation to DuckDB.</summary>
public sealed class LakeSqlTests
{
    private static readonly LakeTable Table = new("Orders-2026", "stack_db", ["pk", "sk"], "bucket", "exports/orders", "s3://bucket/warehouse");

    [Theory]
    [InlineData("orders", "orders")]
    [InlineData("Orders-2026", "orders_2026_")]
    [InlineData("orders__x", "orders_x_")]
    public void Glue_ShouldKeepSafeNamesAndHashOthers(string table, string start)
    {
        var name = LakeNames.Glue(table);

        Assert.StartsWith(start, name, StringComparison.Ordinal);
        Assert.Matches("^[a-z0-9_]+$", name);
        Assert.Equal(table == name ? start.Length : start.Length + 8, name.Length);
    }

    [Fact]
    public void Glue_WhenTwoTablesCleanToOneName_ShouldStillDiffer() =>
        Assert.NotEqual(LakeNames.Glue("a-b"), LakeNames.Glue("a.b"));

    [Fact]
    public void SourcePartition_ShouldNameTheRecordedExportFolder()
    {
        var export = Export("exports/orders/epoch=3/incremental/20261124T1000Z_20261124T1015Z/AWSDynamoDB/0170-abc/");

        Assert.Equal(new SourcePartition("3", "incremental/20261124T1000Z_20261124T1015Z", "0170-abc"), SourcePartition.Of(Table, export));
        Assert.Equal("s3://bucket/exports/orders/epoch=${epoch}/${export_window}/AWSDynamoDB/${export_id}/data/", SourcePartition.Template(Table));
    }

    [Theory]
    [InlineData("other/orders/epoch=3/full/AWSDynamoDB/0170-abc/")]
    [InlineData("exports/orders/epoch=4/full/AWSDynamoDB/0170-abc/")]
    [InlineData("exports/orders/epoch=3/full/")]
    public void SourcePartition_WhenTheExportIsNotUnderTheTableRoot_ShouldSayWhere(string prefix)
    {
        var error = Assert.Throws<LakeInputException>(() => SourcePartition.Of(Table, Export(prefix)));

        Assert.Contains(prefix, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AthenaDialect_ShouldEscapeMemberNamesInBracketPaths() =>
        Assert.Equal("""json_extract_scalar(image, '$["it''s \"q\" \\x"]["S"]')""", new AthenaDialect().JsonScalar("image", "it's \"q\" \\x", "S"));

    [Fact]
    public void Translate_ShouldRewritePathsAndBackticksOnly()
    {
        var sql = """SELECT json_extract_scalar(image, '$["a b"]["S"]'), '$ not a path', `x``y` FROM t""";

        Assert.Equal(["""SELECT json_extract_scalar(image, '$."a b"."S"'), '$ not a path', "x`y" FROM t"""], AthenaToDuckDb.Translate(sql));
    }

    [Fact]
    public void Translate_ShouldTurnTheSourceTableIntoAPlainTableWithItsPartitionKeys() =>
        Assert.Equal(
            ["""CREATE TABLE IF NOT EXISTS "stack_db"."orders_2026_""" + LakeNames.Glue(Table.Table)[^8..] + """__exports" ("line" string, "epoch" string, "export_window" string, "export_id" string)"""],
            AthenaToDuckDb.Translate(new LakeStatements(Table).CreateSourceTable()));

    [Fact]
    public void Translate_ShouldDropIcebergPropertiesAndSplitAddedColumns()
    {
        var columns = new[] { new ColumnSpec("p", "p", ColumnKind.Numeric, 2, false), new ColumnSpec("q", "q", ColumnKind.Text, 0, false) };
        var sql = new LakeStatements(Table);

        Assert.DoesNotContain("LOCATION", AthenaToDuckDb.Translate(sql.CreateTable(1, columns)).Single(), StringComparison.Ordinal);
        Assert.Equal(
            [$"""ALTER TABLE "stack_db"."{LakeNames.Iceberg(Table.Table, 1)}" ADD COLUMN "p" decimal(38,2)""", $"""ALTER TABLE "stack_db"."{LakeNames.Iceberg(Table.Table, 1)}" ADD COLUMN "q" string"""],
            AthenaToDuckDb.Translate(sql.AddColumns(1, columns)));
        Assert.Empty(AthenaToDuckDb.Translate(sql.Optimize(1)));
        Assert.Empty(AthenaToDuckDb.Translate(sql.Vacuum(1)));
    }

    private static CompletedExport Export(string prefix) => new()
    {
        Table = Table.Table,
        Epoch = 3,
        Sequence = 1,
        Window = ExportWindow.Full(DateTimeOffset.UnixEpoch),
        ExportArn = "arn:aws:dynamodb:us-east-1:1:table/t/export/0170-abc",
        S3Bucket = "bucket",
        S3Prefix = prefix,
        RecordedAt = DateTimeOffset.UnixEpoch,
    };
}
