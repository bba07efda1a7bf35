using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>
/// Over random change histories (keys changed again and again within and across windows, deletes and re-inserts,
/// attributes that come and go and change type), the lake's Athena statements run on DuckDB, merging a random number
/// of windows at a time, leave the view equal to the history replayed in memory.
/// </summary>
public sealed class LakePropertyTests
{
    [Property(MaxTest = 60, Arbitrary = [typeof(ApplyPropertyTests.Seeds)])]
    public void Lake_OverRandomHistories_ShouldEqualTheReplayedHistory(int seed)
    {
        using var chain = new ChainFolder();
        var history = RandomHistory.Write(chain, seed);
        using var lake = LakeFixtures.ApplyAsync(chain, maxExports: 1 + (seed % 4)).GetAwaiter().GetResult();

        Assert.Equal(
            history.Select(ItemJson.Canonical).Order(StringComparer.Ordinal),
            lake.Items().Select(ItemJson.Canonical).Order(StringComparer.Ordinal));
        Assert.Empty(ColumnCheck.Mismatches(lake.Rows(), lake.Position!.Columns));
    }
}
