using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using IncrementalExport.Cli.Local;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator.Servers;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using ExportViewType = IncrementalExport.Core.Model.ExportViewType;

namespace IncrementalExport.Tests.LocalMode;

/// <summary>
/// The whole pipeline through real servers and real SDK clients: random writes over many windows on dynalite via the
/// emulator, the engine ticking on a fake clock, exports written to s3rver, materialized, compared with a Scan.
/// </summary>
public sealed class MaterializeEndToEndTests(LocalStackFixture fixture) : IClassFixture<LocalStackFixture>, IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"e2e-lake-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Chain_WithRandomChangesOverManyWindows_ShouldMaterializeToTheSourceScan(int seed)
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient(maxErrorRetry: 2);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tables = new[]
        {
            (Name: $"composite-{suffix}", Keys: new[] { "pk", "sk" }, View: ExportViewType.NewAndOldImages),
            (Name: $"hash-{suffix}", Keys: new[] { "id" }, View: ExportViewType.NewImage),
        };
        var settings = await ArrangeAsync(dynamoDb, suffix, tables.Select(t => (t.Name, t.Keys, t.View)).ToArray());
        using (var s3 = fixture.Stack.CreateS3Client())
        {
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = settings.Bucket });
        }

        var engine = ExportEngineFactory.Create(settings, dynamoDb, fixture.Clock);
        var random = new Random(seed);
        var writers = tables.Select(t => new RandomWriter(dynamoDb, t.Name, t.Keys, random)).ToList();
        var followers = tables.Select(t => new ChainFollower(engine, fixture.Clock, t.Name)).ToList();

        for (var step = 0; step < 30; step++)
        {
            foreach (var writer in writers)
            {
                await writer.WriteAsync(random.Next(0, 8), step);
            }

            fixture.Clock.Advance(ChainFollower.TickInterval);
            foreach (var follower in followers)
            {
                await follower.TickAsync(CancellationToken.None);
            }
        }

        var lastWrite = fixture.Clock.GetUtcNow();
        foreach (var (table, follower) in tables.Zip(followers))
        {
            await follower.CatchUpAsync(lastWrite, _ => { }, CancellationToken.None);
            var history = await engine.HistoryAsync(table.Name, CancellationToken.None);
            Assert.True(history.Count > 6, $"only {history.Count} exports for {table.Name}");

            using var s3 = fixture.Stack.CreateS3Client();
            var result = await Materializer.RunAsync(
                table.Name, history, new S3ExportFiles(s3), _out, _ => Task.FromResult<IReadOnlyList<string>?>(table.Keys), CancellationToken.None);
            var check = await TableComparison.CompareAsync(dynamoDb, table.Name, Path.Combine(result.Folder, Materializer.DataFileName), CancellationToken.None);

            Assert.True(check.Equal, $"{table.Name}: scan {check.ScannedItems}, rows {check.MaterializedRows}\nmissing {string.Join("\n", check.Missing)}\nextra {string.Join("\n", check.Extra)}");
            Assert.Equal(history[^1].Window.To, result.CurrentTo);
            Assert.Equal(table.Keys, result.Columns.Where(c => c.IsKey).Select(c => c.Column));
        }
    }

    internal static async Task<ExportSettings> ArrangeAsync(
        IAmazonDynamoDB dynamoDb, string suffix, params (string Name, string[] Keys, ExportViewType View)[] tables)
    {
        foreach (var (name, keys, _) in tables)
        {
            await dynamoDb.CreateTableAsync(new CreateTableRequest
            {
                TableName = name,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = keys.Select((k, i) => new AttributeDefinition(k, keys.Length == 1 || i == 1 ? ScalarAttributeType.N : ScalarAttributeType.S)).ToList(),
                KeySchema = keys.Select((k, i) => new KeySchemaElement(k, i == 0 ? KeyType.HASH : KeyType.RANGE)).ToList(),
            });
            await TableWaiter.WaitUntilActiveAsync(dynamoDb, name);
            await dynamoDb.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
            {
                TableName = name,
                PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
            });
        }

        var settings = new ExportSettings
        {
            Bucket = $"lake-{suffix}",
            Prefix = "exports",
            StateTable = $"state-{suffix}",
            Tables = tables.Select(t => new TableSettings(t.Name, ViewType: t.View)).ToList(),
        };
        await StateTableSetup.CreateIfMissingAsync(dynamoDb, settings.StateTable, CancellationToken.None);
        return settings;
    }
}
