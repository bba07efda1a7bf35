using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Benchmark.ColdStart;

/// <summary>
/// The <c>--cold-start-child</c>: what a fresh Lambda process does before its first tick ends. It reads the settings
/// document, builds the client the way the function's startup does (parameterless constructor: default credential
/// chain, region and AWS_ENDPOINT_URL_DYNAMODB from the environment), builds the engine and runs one tick.
/// Its clock is a fake set to the servers' time, passed by the parent.
/// </summary>
internal static class ColdStartChild
{
    public static async Task<int> RunAsync(string settingsPath, string now)
    {
        var sinceMain = Stopwatch.StartNew();
        var settings = SettingsJson.Parse(File.ReadAllText(settingsPath)).GetOrThrow();
        using var client = new AmazonDynamoDBClient();
        var engine = ExportEngineFactory.Create(settings, client, new FakeTimeProvider(TimeFormat.ParseIso(now)));
        var beforeTick = sinceMain.Elapsed;
        var report = await engine.TickAsync(new TickRequest(null, null, DryRun: false), CancellationToken.None);
        var tick = sinceMain.Elapsed - beforeTick;
        var waiting = report.Tables.Count(t => t.Step == StepKind.Waiting);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"setup-ms {beforeTick.TotalMilliseconds:0.0} tick-ms {tick.TotalMilliseconds:0.0} waiting {waiting} of {report.Tables.Count}"));
        return waiting == report.Tables.Count ? 0 : 1;
    }
}
