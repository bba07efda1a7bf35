using Amazon.S3.Model;
using IncrementalExport.Cli.Local;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Planning;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.Tests.Lake.Athena;
using IncrementalExport.TestServers.Lake;
using ExportViewType = IncrementalExport.Core.Model.ExportViewType;

namespace IncrementalExport.Tests.LocalMode;

/// <summary>
/// The lake's Athena statements, run on DuckDB, applied as the chain grows (windows merged a few at a time, new
/// attributes, deletes, repeated keys, a reset to a new epoch) over exports written by the emulator to s3rver from
/// random writes on dynalite: at the end the view holds exactly what a Scan of the source returns.
/// </summary>
public sealed class LakeEndToEndTests(LocalStackFixture fixture) : IClassFixture<LocalStackFixture>
{
    [Theory]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public async Task Lake_AppliedAsTheChainGrows_ShouldEqualTheSourceScan(int seed, int maxExports)
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient(maxErrorRetry: 2);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (name, keys) = ($"lake-{suffix}", new[] { "pk", "sk" });
        var settings = await MaterializeEndToEndTests.ArrangeAsync(dynamoDb, suffix, (name, keys, ExportViewType.NewAndOldImages));
        using var s3 = fixture.Stack.CreateS3Client();
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = settings.Bucket });
        var engine = ExportEngineFactory.Create(settings, dynamoDb, fixture.Clock);
        var random = new Random(seed);
        var writer = new RandomWriter(dynamoDb, name, keys, random);
        var follower = new ChainFollower(engine, fixture.Clock, name);
        var table = new LakeTable(name, "lake_db", keys, settings.Bucket, ExportLayout.TableRoot(settings, settings.Tables[0]), $"s3://{settings.Bucket}/warehouse");
        using var lake = new LakeOnDuckDb(table);
        var files = new S3ExportFiles(s3);

        for (var step = 0; step < 30; step++)
        {
            await writer.WriteAsync(random.Next(0, 8), step);
            fixture.Clock.Advance(ChainFollower.TickInterval);
            await follower.TickAsync(CancellationToken.None);
            if (step == 15)
            {
                await engine.ResetAsync(name, null, CancellationToken.None);
            }

            var history = await engine.HistoryAsync(name, CancellationToken.None);
            if (step % 4 == 3 && history.Count > 0)
            {
                await lake.ApplyAsync(ApplyPlanner.Plan(name, history), files, maxExports);
            }
        }

        await follower.CatchUpAsync(fixture.Clock.GetUtcNow(), _ => { }, CancellationToken.None);
        var final = await engine.HistoryAsync(name, CancellationToken.None);
        await lake.ApplyAsync(ApplyPlanner.Plan(name, final), files, maxExports);

        Assert.True(final.Max(e => e.Epoch) > final.Min(e => e.Epoch), "the reset did not start a new epoch");
        Assert.Equal((final.Max(e => e.Epoch), final.Where(e => e.Epoch == final.Max(x => x.Epoch)).Max(e => e.Sequence)), (lake.Position!.Epoch, lake.Position.AppliedThrough));
        var scanned = await ScanAsync(dynamoDb, name);
        Assert.Equal(scanned.Order(StringComparer.Ordinal), lake.Items().Select(ItemJson.Canonical).Order(StringComparer.Ordinal));
        Assert.Contains(lake.Statements, s => s.StartsWith("ALTER TABLE", StringComparison.Ordinal));
        Assert.Empty(ColumnCheck.Mismatches(lake.Rows(), lake.Position.Columns));
    }

    private static async Task<List<string>> ScanAsync(Amazon.DynamoDBv2.AmazonDynamoDBClient dynamoDb, string table)
    {
        var page = await dynamoDb.ScanAsync(new Amazon.DynamoDBv2.Model.ScanRequest { TableName = table, ConsistentRead = true });
        Assert.True(page.LastEvaluatedKey is null or { Count: 0 }, "more than one page");
        return (page.Items ?? []).Select(ItemJson.Canonical).ToList();
    }
}
