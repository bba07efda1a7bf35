using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;

namespace IncrementalExport.Tests.LocalMode;

/// <summary>The files the emulator writes for an export, read back through the S3 API as a consumer would.</summary>
public sealed class EmulatorExportFilesTests(LocalStackFixture fixture) : IClassFixture<LocalStackFixture>
{
    private static Dictionary<string, AttributeValue> Item(string pk, string v) => new() { ["pk"] = new AttributeValue { S = pk }, ["v"] = new AttributeValue { S = v } };

    private static Dictionary<string, AttributeValue> Key(string pk) => new() { ["pk"] = new AttributeValue { S = pk } };

    [Fact]
    public async Task Exports_ShouldBeWrittenInAwsLayoutWithOneLinePerChangedItemPerWindow()
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient();
        using var s3 = fixture.Stack.CreateS3Client();
        var (table, arn, bucket) = await ArrangeAsync(dynamoDb, s3);
        await dynamoDb.PutItemAsync(table, Item("updated", "1"));
        await dynamoDb.PutItemAsync(table, Item("deleted", "1"));
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var from = fixture.Clock.GetUtcNow();
        var full = await ExportAsync(dynamoDb, new ExportTableToPointInTimeRequest { TableArn = arn, S3Bucket = bucket, S3Prefix = "p/full", ExportTime = from.UtcDateTime });

        await dynamoDb.PutItemAsync(table, Item("inserted", "1"));
        await dynamoDb.PutItemAsync(table, Item("updated", "2"));
        await dynamoDb.UpdateItemAsync(table, Key("updated"), new Dictionary<string, AttributeValueUpdate> { ["n"] = new(new AttributeValue { N = "1.50" }, AttributeAction.PUT) });
        await dynamoDb.PutItemAsync(table, Item("updated", "3"));
        await dynamoDb.DeleteItemAsync(table, Key("deleted"));
        await dynamoDb.PutItemAsync(table, Item("transient", "1"));
        await dynamoDb.DeleteItemAsync(table, Key("transient"));
        await dynamoDb.DeleteItemAsync(table, Key("never-existed"));
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var window = new IncrementalExportSpecification { ExportFromTime = from.UtcDateTime, ExportToTime = from.AddMinutes(20).UtcDateTime };
        var both = await ExportAsync(dynamoDb, Incremental(arn, bucket, "p/both", window, ExportViewType.NEW_AND_OLD_IMAGES));
        var newOnly = await ExportAsync(dynamoDb, Incremental(arn, bucket, "p/new", window, ExportViewType.NEW_IMAGE));

        Assert.Equal(["deleted|1", "updated|1"], Lines(await ReadExportAsync(s3, bucket, full), "Item"));
        var changes = await ReadExportAsync(s3, bucket, both);
        Assert.Equal(["deleted", "inserted", "updated"], changes.Select(l => l.GetProperty("Keys").GetProperty("pk").GetProperty("S").GetString()).Order());
        Assert.Equal(["inserted|1", "updated|3"], Lines(changes, "NewImage"));
        Assert.Equal(["deleted|1", "updated|1"], Lines(changes, "OldImage"));
        Assert.All(changes, l => Assert.True(long.Parse(l.GetProperty("Metadata").GetProperty("WriteTimestampMicros").GetProperty("N").GetString()!) > 0));
        var newImages = await ReadExportAsync(s3, bucket, newOnly);
        Assert.Equal(["inserted|1", "updated|3"], Lines(newImages, "NewImage"));
        Assert.Empty(Lines(newImages, "OldImage"));
    }

    [Fact]
    public async Task BatchWrites_ShouldBeRecordedAndLargeExportsSplitIntoSeveralFiles()
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient();
        using var s3 = fixture.Stack.CreateS3Client();
        var (table, arn, bucket) = await ArrangeAsync(dynamoDb, s3);
        var from = fixture.Clock.GetUtcNow();
        foreach (var batch in Enumerable.Range(0, 1050).Chunk(25))
        {
            await dynamoDb.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>>
            {
                [table] = batch.Select(i => new WriteRequest(new PutRequest(Item($"item{i:D4}", "1")))).ToList(),
            });
        }

        await dynamoDb.BatchWriteItemAsync(new Dictionary<string, List<WriteRequest>>
        {
            [table] = [new WriteRequest(new DeleteRequest(Key("item0000"))), new WriteRequest(new PutRequest(Item("item0001", "2")))],
        });
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var to = from.AddMinutes(20);

        var full = await ExportAsync(dynamoDb, new ExportTableToPointInTimeRequest { TableArn = arn, S3Bucket = bucket, ExportTime = to.UtcDateTime });
        var window = new IncrementalExportSpecification { ExportFromTime = from.UtcDateTime, ExportToTime = to.UtcDateTime };
        var changes = await ExportAsync(dynamoDb, Incremental(arn, bucket, "inc", window, ExportViewType.NEW_IMAGE));

        var items = await ReadExportAsync(s3, bucket, full);
        Assert.Equal(1049, items.Count);
        Assert.Contains("item0001|2", Lines(items, "Item"));
        // item0000 was inserted and deleted within the window: no line.
        var lines = await ReadExportAsync(s3, bucket, changes);
        Assert.Equal(1049, lines.Count);
        Assert.All(lines, l => Assert.True(l.TryGetProperty("NewImage", out _)));
        Assert.Equal(2, (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = full.ExportManifest[..^"manifest-summary.json".Length] + "data/" })).S3Objects.Count);
    }

    [Fact]
    public async Task IonExports_ShouldFailSayingTheEmulatorWritesDynamoDbJsonOnly()
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient();
        using var s3 = fixture.Stack.CreateS3Client();
        var (_, arn, bucket) = await ArrangeAsync(dynamoDb, s3);

        var export = await ExportAsync(dynamoDb, new ExportTableToPointInTimeRequest { TableArn = arn, S3Bucket = bucket, ExportFormat = ExportFormat.ION });

        Assert.Equal(("FAILED", "UnsupportedExportFormat"), (export.ExportStatus.Value, export.FailureCode));
        Assert.Contains("DYNAMODB_JSON only", export.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_WhenTheBucketDoesNotExist_ShouldFailLaterWithS3NoSuchBucket()
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient();
        using var s3 = fixture.Stack.CreateS3Client();
        var (_, arn, _) = await ArrangeAsync(dynamoDb, s3);

        var export = await ExportAsync(dynamoDb, new ExportTableToPointInTimeRequest { TableArn = arn, S3Bucket = "no-such-bucket" });

        Assert.Equal(("FAILED", "S3NoSuchBucket"), (export.ExportStatus.Value, export.FailureCode));
    }

    private static async Task<(string Table, string Arn, string Bucket)> ArrangeAsync(AmazonDynamoDBClient dynamoDb, AmazonS3Client s3)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (table, bucket) = ($"files-{suffix}", $"files-{suffix}");
        var created = await dynamoDb.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new("pk", ScalarAttributeType.S)],
            KeySchema = [new("pk", KeyType.HASH)],
        });
        await IncrementalExport.Emulator.Servers.TableWaiter.WaitUntilActiveAsync(dynamoDb, table);
        await dynamoDb.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = table,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
        });
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        return (table, created.TableDescription.TableArn, bucket);
    }

    private static ExportTableToPointInTimeRequest Incremental(string arn, string bucket, string prefix, IncrementalExportSpecification window, ExportViewType view) => new()
    {
        TableArn = arn,
        S3Bucket = bucket,
        S3Prefix = prefix,
        ExportType = ExportType.INCREMENTAL_EXPORT,
        IncrementalExportSpecification = new IncrementalExportSpecification { ExportFromTime = window.ExportFromTime, ExportToTime = window.ExportToTime, ExportViewType = view },
    };

    // Starts the export, lets it finish on the fake clock, and describes it.
    private async Task<ExportDescription> ExportAsync(AmazonDynamoDBClient dynamoDb, ExportTableToPointInTimeRequest request)
    {
        var started = await dynamoDb.ExportTableToPointInTimeAsync(request);
        fixture.Clock.Advance(fixture.Stack.ControlPlane.ExportDuration);
        return (await dynamoDb.DescribeExportAsync(new DescribeExportRequest { ExportArn = started.ExportDescription.ExportArn })).ExportDescription;
    }

    // Every data line of a COMPLETED export, found through its manifests; checks _started, the checksum files and each file's MD5.
    private static async Task<List<JsonElement>> ReadExportAsync(IAmazonS3 s3, string bucket, ExportDescription export)
    {
        Assert.Equal("COMPLETED", export.ExportStatus.Value);
        var root = export.ExportManifest[..^"manifest-summary.json".Length];
        Assert.EndsWith($"AWSDynamoDB/{export.ExportArn[(export.ExportArn.LastIndexOf('/') + 1)..]}/", root, StringComparison.Ordinal);
        Assert.Empty(await ReadAsync(s3, bucket, root + "_started"));
        var summary = JsonDocument.Parse(await ReadAsync(s3, bucket, export.ExportManifest)).RootElement;
        Assert.Equal(("DYNAMODB_JSON", export.ExportType.Value, export.ExportArn), (summary.GetProperty("outputFormat").GetString(), summary.GetProperty("exportType").GetString(), summary.GetProperty("exportArn").GetString()));
        var filesKey = summary.GetProperty("manifestFilesS3Key").GetString()!;
        var manifest = await ReadAsync(s3, bucket, filesKey);
        Assert.Equal(Convert.ToHexStringLower(Md5(manifest)), Encoding.UTF8.GetString(await ReadAsync(s3, bucket, root + "manifest-files.checksum")));
        var lines = new List<JsonElement>();
        foreach (var entry in Encoding.UTF8.GetString(manifest).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement))
        {
            var data = await ReadAsync(s3, bucket, entry.GetProperty("dataFileS3Key").GetString()!);
            Assert.Equal(entry.GetProperty("md5Checksum").GetString(), Convert.ToBase64String(Md5(data)));
            using var reader = new StreamReader(new GZipStream(new MemoryStream(data), CompressionMode.Decompress));
            var text = await reader.ReadToEndAsync();
            var fileLines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(entry.GetProperty("itemCount").GetInt64(), fileLines.Count);
            lines.AddRange(fileLines);
        }

        Assert.Equal(export.ItemCount, lines.Count);
        return lines;
    }

    private static List<string> Lines(IEnumerable<JsonElement> lines, string image) =>
        lines.Where(l => l.TryGetProperty(image, out _))
            .Select(l => $"{l.GetProperty(image).GetProperty("pk").GetProperty("S").GetString()}|{l.GetProperty(image).GetProperty("v").GetProperty("S").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<byte[]> ReadAsync(IAmazonS3 s3, string bucket, string key)
    {
        using var response = await s3.GetObjectAsync(bucket, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

#pragma warning disable CA5351 // The export format's checksums are MD5.
    private static byte[] Md5(byte[] bytes) => MD5.HashData(bytes);
#pragma warning restore CA5351
}
