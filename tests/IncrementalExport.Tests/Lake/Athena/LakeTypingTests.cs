using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Materialize;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>
/// The typing query (SQL, run on DuckDB after the translation) gives the same column types as reading every changed
/// image in C# (<see cref="AttributeStats.Add"/>): on number texts at the edges of each type, and on random histories.
/// </summary>
public sealed class LakeTypingTests
{
    // Each number is one attribute's only value, so each column's type shows how the query sized that number.
    private static readonly string[] Numbers =
    [
        "0", "-0", "7", "-7", "00012", "1.50", "0.000", "-0.25", "1e5", "1E-3", "1.0e2", "2.5E+3", "-1.25e-2",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "12345678901234567890", "123456789012345678901234567890.5", "1234567890123456789012345678901234567890",
        "0.12345678901234567890123456789012345678", "1e40", "1e-40", "1e99999999999", "abc", "1.2.3", "", ".", "+3",
    ];

    [Fact]
    public async Task Typing_OfNumbersAtTheEdges_ShouldTypeEveryColumnAsTheImagesDo()
    {
        using var chain = new ChainFolder();
        var attributes = string.Join(",", Numbers.Select((n, i) => $"\"n{i:D2}\":{{\"N\":\"{n}\"}}"));
        var mixed = """ "s":{"S":"x"},"b":{"BOOL":true},"bin":{"B":"AQI="},"m":{"M":{"a":{"N":"1"}}},"nul":{"NULL":true},"mix":{"S":"1"} """;
        var mixedToo = """ "mix":{"N":"1"},"numstr":{"N":12} """;
        chain.Add(files: [[ChainFolder.FullLine($"{{\"pk\":{{\"S\":\"a\"}},{attributes},{mixed}}}"), ChainFolder.FullLine($"{{\"pk\":{{\"S\":\"b\"}},{mixedToo}}}")]]);

        var (fromQuery, fromImages) = await BothAsync(chain);

        Assert.Equal(fromImages, fromQuery);
        Assert.Equal(Numbers.Length + 8, fromQuery.Count);
        Assert.Contains(fromQuery, c => c.Kind == ColumnKind.BigInt);
        Assert.Contains(fromQuery, c => c.Kind == ColumnKind.Numeric && c.Scale > 0);
        Assert.Contains(fromQuery, c => c.Kind == ColumnKind.NumberText);
        Assert.Equal(ColumnKind.Json, fromQuery.Single(c => c.Attribute == "mix").Kind);
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    [InlineData(44)]
    public async Task Typing_OfRandomHistories_ShouldTypeEveryColumnAsTheImagesDo(int seed)
    {
        using var chain = new ChainFolder();
        RandomHistory.Write(chain, seed);

        var (fromQuery, fromImages) = await BothAsync(chain);

        Assert.Equal(fromImages, fromQuery);
    }

    [Fact]
    public void Stats_WhenTheAnswerHasNoHeader_ShouldRefuseIt()
    {
        var error = Assert.Throws<InvalidDataException>(() => LakeTyping.Stats([["a", "S", null, null, null, null]]));

        Assert.Contains("header", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(List<ColumnSpec> FromQuery, List<ColumnSpec> FromImages)> BothAsync(ChainFolder chain)
    {
        var plan = ApplyPlanner.Plan(chain.Table, chain.History);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        await lake.LoadAsync(plan, new DirectoryExportFiles(chain.Root));
        var exports = LakeApplyPlanner.Next(lake.Table, plan, null, plan.Exports.Count);
        var keys = lake.Table.KeyNames;
        return (ColumnTyping.Infer(lake.Changed(exports), keys).ToList(), ColumnTyping.Infer(lake.ChangedInCode(exports), keys).ToList());
    }

}
