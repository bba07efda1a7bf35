using System.Runtime.CompilerServices;
using IncrementalExport.Core.Lake;
using IncrementalExport.Materialize;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>
/// The Athena SQL of a small chain (full export, windows merged two at a time, a new attribute, compaction) as
/// golden files for review. A change to the generated SQL fails here until the files are regenerated with
/// LAKE_GOLDEN_UPDATE=1 and the diff is reviewed.
/// </summary>
public sealed class LakeGoldenTests
{
    [Fact]
    public async Task Statements_ShouldMatchTheGoldenFiles()
    {
        using var chain = new ChainFolder();
        chain.Add(files: [[ChainFolder.FullLine("""{"pk":{"S":"a"},"total":{"N":"12.50"}}"""), ChainFolder.FullLine("""{"pk":{"S":"b"},"total":{"N":"1"}}""")]]);
        chain.Add(files: [["""{"Metadata":{"WriteTimestampMicros":{"N":"1764000000000001"}},"Keys":{"pk":{"S":"a"}},"NewImage":{"pk":{"S":"a"},"total":{"N":"13"}}}"""]]);
        chain.Add(files: [["""{"Metadata":{"WriteTimestampMicros":{"N":"1764000000000002"}},"Keys":{"pk":{"S":"a"}},"NewImage":{"pk":{"S":"a"},"total":{"N":"13"},"note":{"S":"n"}}}"""]]);
        chain.Add(files: [["""{"Metadata":{"WriteTimestampMicros":{"N":"1764000000000003"}},"Keys":{"pk":{"S":"b"}},"OldImage":{"pk":{"S":"b"},"total":{"N":"1"}}}"""]]);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));

        await lake.ApplyAsync(ApplyPlanner.Plan(chain.Table, chain.History), new DirectoryExportFiles(chain.Root), maxExports: 2, compactEvery: 2);

        var folder = GoldenFolder();
        var expected = lake.Statements.Select((sql, i) => (Name: $"{i + 1:00}-{Kind(sql)}.sql", Sql: sql + "\n")).ToList();
        if (Environment.GetEnvironmentVariable("LAKE_GOLDEN_UPDATE") == "1")
        {
            Directory.GetFiles(folder, "*.sql").ToList().ForEach(File.Delete);
            expected.ForEach(e => File.WriteAllText(Path.Combine(folder, e.Name), e.Sql));
        }

        Assert.Equal(expected.Select(e => e.Name), Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal(File.ReadAllText(Path.Combine(folder, e.Name)), e.Sql));
        Assert.Equal(["""{"note":{"S":"n"},"pk":{"S":"a"},"total":{"N":"13"}}"""], lake.Items().Select(Materialize.Checking.ItemJson.Canonical));
    }

    private static string Kind(string sql) => string.Join("-", sql.Split(' ', 3).Take(2).Where(w => w.All(char.IsLetter))).ToLowerInvariant();

    private static string GoldenFolder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
