using System.Runtime.InteropServices;
using Amazon.S3.Model;
using IncrementalExport.Emulator;

namespace IncrementalExport.Cli.Local;

/// <summary>local: the local stack on the system clock until Ctrl-C (or SIGTERM), with the environment to use it.</summary>
internal static class LocalMode
{
    public const string DefaultBucket = "local-exports";

    /// <summary>Exports take this long on the emulator in local mode (AWS takes minutes; waiting that long locally teaches nothing).</summary>
    public static readonly TimeSpan ExportDuration = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string bucket, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            await using var stack = await LocalStack.StartAsync(TimeProvider.System, cancellationToken: stop.Token);
            stack.ControlPlane.ExportDuration = ExportDuration;
            using (var s3 = stack.CreateS3Client())
            {
                await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket }, stop.Token);
            }

            await stdout.WriteLineAsync($"""
                Local stack running on 127.0.0.1 (Ctrl-C stops it):
                  DynamoDB + export emulator  {stack.DynamoDbUrl}   (dynalite behind it: {stack.DynaliteUrl})
                  S3 (s3rver)                 {stack.S3Url}   bucket '{bucket}'
                  exports complete {ExportDuration.TotalSeconds:0} s after they start; PITR history begins when a table's PITR is turned on

                Environment for your code and the CLI (sh):
                """);
            foreach (var (name, value) in stack.Environment)
            {
                await stdout.WriteLineAsync($"  export {name}={value}");
            }

            await stdout.FlushAsync(stop.Token);
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await stdout.WriteLineAsync("Stopping the local stack.");
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync("error: " + ErrorMessages.Describe(e));
            return ExitCodes.RuntimeError;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
