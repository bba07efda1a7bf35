using System.Text.RegularExpressions;
using Amazon.S3.Model;
using IncrementalExport.Cli;
using IncrementalExport.Cli.Local;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using ExportViewType = IncrementalExport.Core.Model.ExportViewType;

namespace IncrementalExport.Tests.LocalMode;

/// <summary>materialize, local and demo through the CLI's own entry point, against real servers.</summary>
public sealed partial class LocalCommandsTests(LocalStackFixture fixture) : IClassFixture<LocalStackFixture>, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"cli-local-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private async Task<(int Exit, string Out, string Error)> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var services = CliServices.Create(() => fixture.Stack.CreateDynamoDbClient(), fixture.Clock) with { S3ClientFactory = fixture.Stack.CreateS3Client };
        var exit = await CliApp.RunAsync(args, stdout, stderr, services, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Materialize_FromS3AndFromALocalCopy_ShouldWriteTheSameTableAndPrintWhatItApplied()
    {
        var (settingsPath, table) = await ChainAsync();

        var fromS3 = await CliAsync("materialize", "--settings", settingsPath, "--table", table, "--out", Path.Combine(_dir, "s3"));
        var root = await CopyBucketAsync(settingsPath);
        var fromDir = await CliAsync("materialize", "--settings", settingsPath, "--table", table, "--out", Path.Combine(_dir, "copy"), "--from-dir", root);

        Assert.True(fromS3.Exit == 0, fromS3.Error);
        Assert.True(fromDir.Exit == 0, fromDir.Error);
        Assert.Matches($@"Materialized '{table}': \d+ rows, current to 2026-", fromS3.Out);
        Assert.Contains("pk VARCHAR (key), sk BIGINT (key)", fromS3.Out, StringComparison.Ordinal);
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient();
        var check = await TableComparison.CompareAsync(dynamoDb, table, Path.Combine(_dir, "s3", table, Materializer.DataFileName), CancellationToken.None);
        Assert.True(check.Equal);
        Assert.Equal(
            TableComparison.ReadItems(Path.Combine(_dir, "s3", table, Materializer.DataFileName)),
            TableComparison.ReadItems(Path.Combine(_dir, "copy", table, Materializer.DataFileName)));
    }

    [Fact]
    public async Task Materialize_AsAProcessConfiguredByTheLocalEnvironment_ShouldReadTheStateTableAndS3ThroughIt()
    {
        var (settingsPath, table) = await ChainAsync(writeSteps: 3);
        var environment = fixture.Stack.Environment.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_CONFIG_FILE"] = Path.Combine(_dir, "no-aws-config");
        environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(_dir, "no-aws-credentials");

        var result = await Cli.EndToEnd.CliProcess.RunAsync(environment, "materialize", "--settings", settingsPath, "--table", table, "--out", Path.Combine(_dir, "process"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"Materialized '{table}'", result.Out, StringComparison.Ordinal);
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient();
        Assert.True((await TableComparison.CompareAsync(dynamoDb, table, Path.Combine(_dir, "process", table, Materializer.DataFileName), CancellationToken.None)).Equal);
    }

    [Fact]
    public async Task Materialize_WhenTheTableIsNotConfigured_ShouldBeAUsageErrorThatWritesNothing()
    {
        var (settingsPath, _) = await ChainAsync(writeSteps: 0);

        await AssertRefusedAsync(settingsPath, "nope", 2, "unknown table 'nope'");
    }

    [Fact]
    public async Task Materialize_WhenTheTableExportsIon_ShouldSayItReadsDynamoDbJsonOnly()
    {
        var settingsPath = Path.Combine(_dir, "ion.json");
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(settingsPath, SettingsJson.Serialize(new ExportSettings
        {
            Bucket = "ion-bucket", StateTable = "ion-state", Tables = [new TableSettings("ion-table", Format: ExportFormat.Ion)],
        }));

        await AssertRefusedAsync(settingsPath, "ion-table", 1, "materialize reads DYNAMODB_JSON exports only");
    }

    [Fact]
    public async Task Demo_ShouldRunThePipelineAndExitZeroWhenTheTableEqualsTheScan()
    {
        var result = await CliAsync("demo", "--out", _dir);

        Assert.True(result.Exit == 0, result.Out + result.Error);
        Assert.Contains("OK: the materialized table equals a Scan of the source table", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "demo-orders", Materializer.DataFileName)));
    }

    [Fact]
    public async Task Local_ShouldServeDynamoDbAndS3UntilCancelledAndPrintTheEnvironment()
    {
        using var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = CliApp.RunAsync(["local", "--bucket", "mine"], TextWriter.Synchronized(stdout), TextWriter.Null, cancellationToken: stop.Token);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!stdout.ToString().Contains("AWS_SECRET_ACCESS_KEY", StringComparison.Ordinal) && !run.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var output = stdout.ToString();
        var dynamoUrl = EnvValue().Matches(output).Single(m => m.Groups[1].Value == "AWS_ENDPOINT_URL_DYNAMODB").Groups[2].Value;
        var s3Url = EnvValue().Matches(output).Single(m => m.Groups[1].Value == "AWS_ENDPOINT_URL_S3").Groups[2].Value;
        using (var dynamoDb = LocalAws.CreateClient(dynamoUrl))
        using (var s3 = LocalAws.CreateS3Client(s3Url))
        {
            Assert.NotNull(await dynamoDb.ListTablesAsync(new Amazon.DynamoDBv2.Model.ListTablesRequest()));
            Assert.Contains("mine", (await s3.ListBucketsAsync()).Buckets.Select(b => b.BucketName));
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run);
        using var stopped = LocalAws.CreateClient(dynamoUrl);
        await Assert.ThrowsAnyAsync<Exception>(() => stopped.ListTablesAsync(new Amazon.DynamoDBv2.Model.ListTablesRequest()));
    }

    private async Task AssertRefusedAsync(string settingsPath, string table, int exit, string message)
    {
        var result = await CliAsync("materialize", "--settings", settingsPath, "--table", table, "--out", Path.Combine(_dir, "out"));

        Assert.Equal(exit, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [GeneratedRegex(@"export (AWS_[A-Z0-9_]+)=(\S+)")]
    private static partial Regex EnvValue();

    // A short chain on the fixture's stack, caught up; the settings file for it.
    private async Task<(string SettingsPath, string Table)> ChainAsync(int writeSteps = 6)
    {
        using var dynamoDb = fixture.Stack.CreateDynamoDbClient(maxErrorRetry: 2);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var table = $"cli-{suffix}";
        var settings = await MaterializeEndToEndTests.ArrangeAsync(dynamoDb, suffix, (table, ["pk", "sk"], ExportViewType.NewAndOldImages));
        using (var s3 = fixture.Stack.CreateS3Client())
        {
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = settings.Bucket });
        }

        var engine = ExportEngineFactory.Create(settings, dynamoDb, fixture.Clock);
        var follower = new ChainFollower(engine, fixture.Clock, table);
        var writer = new RandomWriter(dynamoDb, table, ["pk", "sk"], new Random(3));
        for (var step = 0; step < writeSteps; step++)
        {
            await writer.WriteAsync(5, step);
            fixture.Clock.Advance(ChainFollower.TickInterval);
            await follower.TickAsync(CancellationToken.None);
        }

        await follower.CatchUpAsync(fixture.Clock.GetUtcNow(), _ => { }, CancellationToken.None);
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "settings.json");
        await File.WriteAllTextAsync(path, SettingsJson.Serialize(settings));
        return (path, table);
    }

    // The bucket as ROOT/<bucket>/<key>, as `aws s3 sync s3://bucket ROOT/bucket` would leave it.
    private async Task<string> CopyBucketAsync(string settingsPath)
    {
        var bucket = SettingsJson.Parse(await File.ReadAllTextAsync(settingsPath)).Settings!.Bucket;
        var root = Path.Combine(_dir, "copy-root");
        using var s3 = fixture.Stack.CreateS3Client();
        var listing = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        foreach (var o in listing.S3Objects ?? [])
        {
            using var response = await s3.GetObjectAsync(bucket, o.Key);
            var path = Path.Combine([root, bucket, .. o.Key.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var file = File.Create(path);
            await response.ResponseStream.CopyToAsync(file);
        }

        return root;
    }
}
