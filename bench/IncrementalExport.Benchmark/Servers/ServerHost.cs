using System.Globalization;
using System.Text.Json;
using IncrementalExport.Core.Model;
using IncrementalExport.TestServers;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Benchmark.Servers;

/// <summary>
/// The <c>--serve</c> child: dynalite and the export control-plane fake live in their own process, so the CPU time
/// and allocations the benchmark reads off its own process are the engine's and the SDK's only. Driven over stdin by
/// one command per line, each answered by one line on stdout; the clock is a fake that only moves when told to.
/// </summary>
internal static class ServerHost
{
    public static async Task<int> RunAsync(string startTime)
    {
        var time = new FakeTimeProvider(TimeFormat.ParseIso(startTime));
        await using var environment = await LocalExportEnvironment.StartAsync(time);
        var stdout = Console.Out;
        await stdout.WriteLineAsync($"ready {environment.ServiceUrl}");
        await stdout.FlushAsync();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var reply = Handle(environment, time, line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (reply is null)
            {
                break;
            }

            await stdout.WriteLineAsync(reply);
            await stdout.FlushAsync();
        }

        return 0;
    }

    private static string? Handle(LocalExportEnvironment environment, FakeTimeProvider time, string[] command)
    {
        var controlPlane = environment.ControlPlane;
        switch (command)
        {
            case ["advance", var seconds]:
                time.Advance(TimeSpan.FromSeconds(Number(seconds)));
                return "ok";
            case ["latency", var milliseconds]:
                environment.Endpoint.Faults.SetLatency(TimeSpan.FromMilliseconds(Number(milliseconds)));
                return "ok";
            case ["limits", var inProgress]:
                controlPlane.MaxExportsInProgress = (int)Number(inProgress);
                return "ok";
            case ["register", var prefix, var count]:
                // A day of PITR history, so the first full export at the latest restorable time is always inside it.
                var since = time.GetUtcNow() - TimeSpan.FromDays(1);
                for (var i = 0; i < Number(count); i++)
                {
                    controlPlane.RegisterTable(TableName(prefix, i), pitrEnabledSince: since);
                }

                return "ok";
            case ["counts"]:
                var counts = environment.Endpoint.Calls.Snapshot();
                environment.Endpoint.Calls.Reset();
                return JsonSerializer.Serialize(counts);
            case ["exit"]:
                return null;
            default:
                return $"error unknown command '{string.Join(' ', command)}'";
        }
    }

    /// <summary>The name of the <paramref name="index"/>th table registered under <paramref name="prefix"/>.</summary>
    public static string TableName(string prefix, int index) => $"{prefix}-{index.ToString("D4", CultureInfo.InvariantCulture)}";

    private static long Number(string text) => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
