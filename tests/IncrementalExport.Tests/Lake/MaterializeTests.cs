using DuckDB.NET.Data;
using IncrementalExport.Core.Lake;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake;

/// <summary>The apply model on DuckDB over chains written in AWS's layout, and the errors that must write nothing.</summary>
public sealed class MaterializeTests : IDisposable
{
    private readonly ChainFolder _chain = new();
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"lake-{Guid.NewGuid():N}");

    public void Dispose()
    {
        _chain.Dispose();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private static string Item(string pk, string rest = "") => "{\"pk\":{\"S\":\"" + pk + "\"}" + rest + "}";

    private static string Key(string pk) => Item(pk);

    private Task<MaterializeResult> RunAsync() =>
        Materializer.RunAsync(
            _chain.Table, _chain.History, new DirectoryExportFiles(_chain.Root), _out,
            _ => Task.FromResult<IReadOnlyList<string>?>(["pk"]), CancellationToken.None);

    private string Parquet => Path.Combine(_out, _chain.Table, Materializer.DataFileName);

    private List<string> Items() => TableComparison.ReadItems(Parquet).Select(ItemJson.Canonical).Order(StringComparer.Ordinal).ToList();

    private List<string> Query(string select)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {select} FROM read_parquet('{Parquet}') ORDER BY pk";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
        }

        return rows;
    }

    [Fact]
    public async Task Materialize_ShouldKeepEachKeysLatestImageAndDropKeysWhoseLatestChangeDeletes()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a", ""","v":{"N":"0"}""")), ChainFolder.FullLine(Item("b")), ChainFolder.FullLine(Item("c"))]]);
        _chain.Add(files:
        [
            [ChainFolder.ChangeLine(20, Key("a"), Item("a", ""","v":{"N":"2"}""")), ChainFolder.ChangeLine(21, Key("b"), null, Item("b"))],
            [ChainFolder.ChangeLine(22, Key("d"), Item("d"))],
        ]);
        _chain.Add(files: [[ChainFolder.ChangeLine(30, Key("d"), null), ChainFolder.ChangeLine(31, Key("b"), Item("b", ""","back":{"BOOL":true}"""))]]);

        var result = await RunAsync();

        Assert.Equal(
            new[] { Item("a", ""","v":{"N":"2"}"""), Item("b", ""","back":{"BOOL":true}"""), Item("c") }.Select(ItemJson.Canonical).Order(StringComparer.Ordinal),
            Items());
        Assert.Equal((3L, 3, 8L, _chain.History[^1].Window.To), (result.Rows, result.Exports, result.Lines, result.CurrentTo));
    }

    [Fact]
    public async Task Materialize_WhenAnOlderImageComesInALaterFile_ShouldStillKeepTheLatestByWriteTimestamp()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a", ""","v":{"S":"full"}"""))]]);
        _chain.Add(files: [[ChainFolder.ChangeLine(50, Key("a"), Item("a", ""","v":{"S":"new"}"""))], [ChainFolder.ChangeLine(40, Key("a"), Item("a", ""","v":{"S":"old"}"""))]]);

        await RunAsync();

        Assert.Equal([ItemJson.Canonical(Item("a", ""","v":{"S":"new"}"""))], Items());
    }

    [Fact]
    public async Task Materialize_ShouldTypeColumnsWithoutLosingPrecisionAndKeepMixedTypesAsDynamoDbJson()
    {
        _chain.Add(files:
        [[
            ChainFolder.FullLine(Item("a", ""","big":{"N":"12345678901234567890123456789012345678"},"d":{"N":"0.125"},"n":{"N":"7"},"m":{"S":"x"},"bin":{"B":"AAE="},"map":{"M":{"k":{"N":"1"}}}""")),
            ChainFolder.FullLine(Item("b", ""","big":{"N":"-1"},"d":{"N":"10"},"n":{"N":"-9223372036854775808"},"m":{"N":"5"},"bin":{"B":"/w=="},"flag":{"BOOL":true}""")),
        ]]);

        var result = await RunAsync();

        Assert.Equal(
            ["pk:Text", "big:Numeric", "bin:Binary", "d:Numeric", "flag:Bool", "m:Json", "map:Json", "n:BigInt"],
            result.Columns.Select(c => $"{c.Column}:{c.Kind}"));
        Assert.Equal(
            [
                """a|12345678901234567890123456789012345678|0.125|7|{"S":"x"}|{"M":{"k":{"N":"1"}}}|NULL|AAE=""",
                """b|-1|10.000|-9223372036854775808|{"N":"5"}|NULL|True|/w==""",
            ],
            Query("pk, CAST(big AS VARCHAR), CAST(d AS VARCHAR), n, CAST(m AS VARCHAR), CAST(map AS VARCHAR), flag, to_base64(bin)"));
    }

    [Fact]
    public async Task Materialize_WhenAttributeNamesNeedQuotingOrEscaping_ShouldStillFillTheirColumns()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a", ""","a/b":{"S":"slash"},"c~d":{"S":"tilde"},"q\"t":{"S":"quote"},"sp ace":{"N":"1"},"é":{"BOOL":true}"""))]]);

        await RunAsync();

        Assert.Equal(["a|slash|tilde|quote|1|True"], Query("""pk, "a/b", "c~d", "q""t", "sp ace", "é" """));
    }

    [Fact]
    public async Task Materialize_WhenTheTableIsEmpty_ShouldWriteATableWithNoRows()
    {
        _chain.Add(files: [[]]);

        var result = await RunAsync();

        Assert.Equal((0L, 0), (result.Rows, result.Columns.Count));
        Assert.Empty(TableComparison.ReadItems(Parquet));
    }

    [Fact]
    public async Task Materialize_WhenManifestsListKeysWithoutTheRequestedPrefix_ShouldStillFindEveryFile()
    {
        _chain.Add("DYNAMODB_JSON", relativeKeys: true, [ChainFolder.FullLine(Item("a"))]);
        _chain.Add("DYNAMODB_JSON", relativeKeys: true, [ChainFolder.ChangeLine(5, Key("b"), Item("b"))]);

        var result = await RunAsync();

        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public async Task Materialize_WhenTheHistoryHasNoCompletedFullExport_ShouldFailAndWriteNothing()
    {
        var error = await Assert.ThrowsAsync<LakeInputException>(RunAsync);

        Assert.Contains("no completed full export", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out) && Directory.EnumerateFileSystemEntries(_out).Any());
    }

    [Fact]
    public async Task Materialize_WhenAListedFileIsMissing_ShouldNameItAndLeaveThePreviousTableAsItWas()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a"))]]);
        await RunAsync();
        var before = await File.ReadAllBytesAsync(Parquet);
        var entry = _chain.Add(files: [[ChainFolder.ChangeLine(1, Key("a"), null)]]);
        File.Delete(_chain.PathOf(entry.S3Prefix + "data/file0.json.gz"));

        var error = await Assert.ThrowsAsync<LakeInputException>(RunAsync);

        Assert.Contains(_chain.PathOf(entry.S3Prefix + "data/file0.json.gz"), error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Parquet));
        Assert.Equal([_chain.Table], Directory.EnumerateFileSystemEntries(_out).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Materialize_WhenAFileDoesNotMatchItsMd5_ShouldNameItAndWriteNothing()
    {
        var entry = _chain.Add(files: [[ChainFolder.FullLine(Item("a"))]]);
        _chain.Write(entry.S3Prefix + "data/file0.json.gz", ChainFolder.Gzip([ChainFolder.FullLine(Item("tampered"))]));

        var error = await Assert.ThrowsAsync<LakeInputException>(RunAsync);

        Assert.Contains("file0.json.gz: MD5 mismatch", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_out, _chain.Table)));
    }

    [Fact]
    public async Task Materialize_WhenALineIsUnreadable_ShouldNameTheFileAndLineAndWriteNothing()
    {
        _chain.Add(files: [[ChainFolder.FullLine(Item("a"))]]);
        _chain.Add(files: [[ChainFolder.ChangeLine(1, Key("a"), Item("a")), """{"Metadata":{"WriteTimestampMicros":{"N":"2"}},"Keys":""", ChainFolder.ChangeLine(3, Key("b"), Item("b"))]]);

        var error = await Assert.ThrowsAsync<LakeInputException>(RunAsync);

        Assert.Matches(@"file0\.json\.gz line 2: unreadable line \(not valid JSON", error.Message);
        Assert.False(Directory.Exists(Path.Combine(_out, _chain.Table)));
    }

    [Fact]
    public async Task Materialize_WhenAnExportIsIon_ShouldSaySoClearly()
    {
        _chain.Add("ION", [[ChainFolder.FullLine(Item("a"))]]);

        var error = await Assert.ThrowsAsync<LakeInputException>(RunAsync);

        Assert.Contains("is in ION; materialize reads DYNAMODB_JSON exports only", error.Message, StringComparison.Ordinal);
    }
}
