using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Materialize;

namespace IncrementalExport.TestServers.Lake;

/// <summary>A lake for a <see cref="ChainFolder"/>'s table, applied on DuckDB.</summary>
internal static class LakeFixtures
{
    public static LakeTable TableOf(ChainFolder chain) =>
        new(chain.Table, "lake_db", ["pk"], ChainFolder.Bucket, $"lake/{chain.Table}", $"s3://{ChainFolder.Bucket}/lake/_warehouse");

    public static async Task<LakeOnDuckDb> ApplyAsync(ChainFolder chain, int maxExports)
    {
        var lake = new LakeOnDuckDb(TableOf(chain));
        await lake.ApplyAsync(ApplyPlanner.Plan(chain.Table, chain.History), new DirectoryExportFiles(chain.Root), maxExports);
        return lake;
    }
}
