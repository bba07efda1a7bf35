using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using IncrementalExport.Cli.Commands;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;
using IncrementalExport.Emulator.Servers;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Cli.Local;

/// <summary>
/// demo: the README's one command. On the local stack and a simulated clock: a table with PITR, writes over simulated
/// hours while the exporter ticks every 5 minutes, the chain caught up, materialized, and checked against a Scan.
/// </summary>
internal static class DemoRun
{
    private const string Table = "demo-orders";
    private const string Bucket = "demo-exports";
    private static readonly TimeSpan WritingTime = TimeSpan.FromHours(3);
    private const int WritesPerTick = 25;

    public static async Task<int> RunAsync(string outDirectory, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var outDir = Path.GetFullPath(outDirectory);
            var start = TimeProvider.System.GetUtcNow();
            var clock = new FakeTimeProvider(new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, 0, 0, TimeSpan.Zero));
            await stdout.WriteLineAsync("Starting the local stack (dynalite, s3rver, export emulator; npm packages are installed on first use)...");
            await using var stack = await LocalStack.StartAsync(clock, cancellationToken: cancellationToken);
            using var dynamoDb = stack.CreateDynamoDbClient(maxErrorRetry: 2);
            using var s3 = stack.CreateS3Client();
            var settings = new ExportSettings
            {
                Bucket = Bucket,
                Prefix = "demo",
                StateTable = "incremental-export-demo-state",
                Tables = [new TableSettings(Table)],
            };

            await dynamoDb.CreateTableAsync(DemoWorkload.TableRequest(Table), cancellationToken);
            await TableWaiter.WaitUntilActiveAsync(dynamoDb, Table, cancellationToken);
            await dynamoDb.UpdateContinuousBackupsAsync(
                new UpdateContinuousBackupsRequest
                {
                    TableName = Table,
                    PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
                },
                cancellationToken);
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket }, cancellationToken);
            await StateTableSetup.CreateIfMissingAsync(dynamoDb, settings.StateTable, cancellationToken);
            await stdout.WriteLineAsync(
                $"  table '{Table}' (pk S, sk N) with PITR, bucket '{Bucket}', state table '{settings.StateTable}'; {watch.Elapsed.TotalSeconds:0.0} s");

            var engine = ExportEngineFactory.Create(settings, dynamoDb, clock);
            var follower = new ChainFollower(engine, clock, Table);
            var workload = new DemoWorkload(dynamoDb, Table, seed: 10);
            var progress = new DemoProgress(stdout, clock);
            var end = clock.GetUtcNow() + WritingTime;
            await stdout.WriteLineAsync($"Writing for {WritingTime.TotalHours:0} simulated hours, one exporter tick every {ChainFollower.TickInterval.TotalMinutes:0} minutes:");
            while (clock.GetUtcNow() < end)
            {
                var phase = 1 - ((end - clock.GetUtcNow()) / WritingTime);
                await workload.WriteAsync(WritesPerTick, phase, cancellationToken);
                clock.Advance(ChainFollower.TickInterval);
                progress.Report(await follower.TickAsync(cancellationToken), workload.Counts);
            }

            var lastWrite = clock.GetUtcNow() - ChainFollower.TickInterval;
            await stdout.WriteLineAsync("Writes stopped; ticking until the chain has caught up with the last write:");
            var caughtUp = await follower.CatchUpAsync(lastWrite, s => progress.Report(s, workload.Counts), cancellationToken);
            progress.Report(caughtUp, workload.Counts, force: true);

            var history = await engine.HistoryAsync(Table, cancellationToken);
            await stdout.WriteLineAsync();
            await stdout.WriteLineAsync(DemoHistory.Format(history));
            var result = await Materializer.RunAsync(
                Table, history, new S3ExportFiles(s3), outDir, _ => Task.FromResult<IReadOnlyList<string>?>(["pk", "sk"]), cancellationToken);
            await stdout.WriteLineAsync(MaterializeCommand.Describe(result));

            var parquet = Path.Combine(result.Folder, Materializer.DataFileName);
            var check = await TableComparison.CompareAsync(dynamoDb, Table, parquet, cancellationToken);
            await stdout.WriteLineAsync();
            await stdout.WriteLineAsync(DemoHistory.Summary(workload.Counts, check, watch.Elapsed));
            return check.Equal ? ExitCodes.Success : ExitCodes.RuntimeError;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("error: " + ErrorMessages.Describe(e));
            return ExitCodes.RuntimeError;
        }
    }
}
