using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>The lake's Athena statements, run on DuckDB, on hand-written chains that each show one rule.</summary>
public sealed class LakeScenarioTests : IDisposable
{
    private readonly ChainFolder _chain = new();

    public void Dispose() => _chain.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Merge_WhenAKeyChangesInSeveralWindows_ShouldKeepItsLatestImage(int maxExports)
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a", "\"v\":{\"N\":\"1\"}")), ChainFolder.FullLine(Item("b", "\"v\":{\"N\":\"1\"}"))]]);
        _chain.Add(files: [[Change(10, "a", Item("a", "\"v\":{\"N\":\"2\"}"))]]);
        _chain.Add(files: [[Change(30, "a", null)], [Change(20, "b", Item("b", "\"v\":{\"N\":\"3\"}"))]]);
        _chain.Add(files: [[Change(40, "a", Item("a", "\"v\":{\"N\":\"4\"}"))]]);

        using var lake = await LakeFixtures.ApplyAsync(_chain, maxExports);

        Assert.Equal(
            new[] { Item("a", "\"v\":{\"N\":\"4\"}"), Item("b", "\"v\":{\"N\":\"3\"}") }.Select(ItemJson.Canonical).Order(StringComparer.Ordinal),
            lake.Items().Select(ItemJson.Canonical).Order(StringComparer.Ordinal));
        var a = lake.Rows().Single(r => r["pk"] == "a");
        Assert.Equal(("4", "3", "1700000000000040"), (a["v"], a[LakeColumnSql.Window], a[LakeColumnSql.WriteMicros]));
    }

    [Fact]
    public async Task Merge_WhenAnOlderWindowRunsAgainAfterALaterOne_ShouldChangeNothing()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a", "\"v\":{\"S\":\"full\"}"))]]);
        _chain.Add(files: [[Change(10, "a", Item("a", "\"v\":{\"S\":\"w1\"}")), Change(11, "b", Item("b", "\"v\":{\"S\":\"w1\"}"))]]);
        _chain.Add(files: [[Change(20, "a", Item("a", "\"v\":{\"S\":\"w2\"}")), Change(21, "b", Item("b", "\"v\":{\"S\":\"w2\"}"))]]);
        using var lake = await LakeFixtures.ApplyAsync(_chain, maxExports: 1);
        var before = lake.Rows();

        // A statement of window 1 run again after window 2 must not roll a row back. (A key deleted in window 2 has
        // no row left to compare with, so the chain never starts an older window after a newer one: see LakeApplyPlanner.)
        var window1 = LakeApplyPlanner.Next(lake.Table, ApplyPlanner.Plan(_chain.Table, _chain.History), new LakePosition(1, 0, []), 1);
        lake.Run(new LakeStatements(lake.Table).Merge(window1, lake.Position!.Columns));

        Assert.Equal(before.Select(Text), lake.Rows().Select(Text));
        Assert.All(lake.Items(), item => Assert.Contains("\"w2\"", item, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_WhenAnAttributeAppearsOrChangesType_ShouldAddATypedColumnAndKeepConflictsInItem()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a", "\"v\":{\"N\":\"1\"}"))]]);
        _chain.Add(files: [[Change(10, "b", Item("b", "\"v\":{\"N\":\"2\"},\"price\":{\"N\":\"1.25\"},\"Tag\":{\"S\":\"x\"}"))]]);
        _chain.Add(files: [[Change(20, "c", Item("c", "\"v\":{\"S\":\"text\"},\"price\":{\"N\":\"1.255\"},\"tag\":{\"BOOL\":true}"))]]);
        using var lake = await LakeFixtures.ApplyAsync(_chain, maxExports: 1);

        var columns = lake.Position!.Columns.ToDictionary(c => c.Column, c => (c.Kind, c.Scale));
        Assert.Equal((ColumnKind.BigInt, 0), columns["v"]);
        Assert.Equal((ColumnKind.Numeric, 2), columns["price"]);
        Assert.Equal((ColumnKind.Text, 0), columns["tag"]);
        Assert.Equal((ColumnKind.Bool, 0), columns["tag_2"]);
        var c = lake.Rows().Single(r => r["pk"] == "c");
        Assert.Equal((null, null, "True"), (c["v"], c["price"], c["tag_2"]));
        Assert.Contains("\"price\":{\"N\":\"1.255\"}", c[ColumnSpec.ItemColumn], StringComparison.Ordinal);
        Assert.Equal("1.25", lake.Rows().Single(r => r["pk"] == "b")["price"]);
    }

    [Fact]
    public async Task Apply_WhenANewEpochStarts_ShouldBuildItsOwnTableAndMoveTheViewOnlyWhenItsFullExportIsIn()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("old", "\"x\":{\"S\":\"1\"}"))]]);
        _chain.Add(files: [[Change(10, "old2", Item("old2", ""))]]);
        using var lake = await LakeFixtures.ApplyAsync(_chain, maxExports: 5);
        _chain.StartEpoch();
        _chain.Add(files: [[ChainFolder.FullLine(Item("new", "\"y\":{\"N\":\"7\"}"))]]);

        await lake.ApplyAsync(ApplyPlanner.Plan(_chain.Table, _chain.History), new DirectoryExportFiles(_chain.Root), 5);

        Assert.Equal([ItemJson.Canonical(Item("new", "\"y\":{\"N\":\"7\"}"))], lake.Items().Select(ItemJson.Canonical));
        Assert.Equal(new LakePosition(2, 0, lake.Position!.Columns), lake.Position);
        Assert.DoesNotContain(lake.Position.Columns, col => col.Column == "x");
        var switched = lake.Statements.FindLastIndex(s => s.StartsWith("CREATE OR REPLACE VIEW", StringComparison.Ordinal));
        Assert.Contains("orders__e2", lake.Statements[switched], StringComparison.Ordinal);
        Assert.StartsWith("MERGE INTO \"lake_db\".\"orders__e2\"", lake.Statements[switched - 1], StringComparison.Ordinal);
    }

    private static string Text(Dictionary<string, string?> row) => string.Join("|", row.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static string Item(string pk, string rest) => "{\"pk\":{\"S\":\"" + pk + "\"}" + (rest.Length == 0 ? "" : "," + rest) + "}";

    private static string Change(long micros, string pk, string? image) =>
        ChainFolder.ChangeLine(1_700_000_000_000_000 + micros, Item(pk, ""), image);
}
