using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake;

/// <summary>
/// Over random change histories (a few keys changed again and again within and across windows, deletes and
/// re-inserts, attributes that come and go and change type), the exports written as AWS documents them and
/// materialized equal the history replayed in memory.
/// </summary>
public sealed class ApplyPropertyTests
{
    [Property(MaxTest = 40, Arbitrary = [typeof(Seeds)])]
    public void Materialize_OverRandomHistories_ShouldEqualTheReplayedHistory(int seed)
    {
        using var chain = new ChainFolder();
        var history = RandomHistory.Write(chain, seed);
        var output = Path.Combine(chain.Root, "out");

        Materializer.RunAsync(chain.Table, chain.History, new DirectoryExportFiles(chain.Root), output, _ => Task.FromResult<IReadOnlyList<string>?>(["pk"]), CancellationToken.None)
            .GetAwaiter().GetResult();

        var actual = TableComparison.ReadItems(Path.Combine(output, chain.Table, Materializer.DataFileName)).Select(ItemJson.Canonical).Order(StringComparer.Ordinal);
        Assert.Equal(history.Select(ItemJson.Canonical).Order(StringComparer.Ordinal), actual);
    }

    /// <summary>Seeds over the whole int range.</summary>
    public static class Seeds
    {
        public static Arbitrary<int> Seed() => Gen.Choose(0, int.MaxValue).ToArbitrary();
    }
}
