using System.Diagnostics;
using System.Globalization;
using IncrementalExport.Benchmark.Servers;
using IncrementalExport.Benchmark.Ticks;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;

namespace IncrementalExport.Benchmark.ColdStart;

/// <summary>
/// Times child processes that each run one tick of 10 idle tables against the parent's servers. Idle ticks change
/// nothing, so every child meets exactly the same state.
/// </summary>
internal sealed class ColdStartRunner(ServerProcess server, SharedClock clock, TextWriter progress)
{
    private const int Tables = 10;

    public async Task<ColdStartResult> RunAsync(int repetitions)
    {
        await server.SetLatencyAsync(TimeSpan.Zero);
        await server.RegisterTablesAsync("cold", Tables);
        var settings = TickBenchmark.Settings(new TickConfig(Tables, TimeSpan.Zero, 16), "cold");
        using (var client = LocalAws.CreateClient(server.ServiceUrl))
        {
            await StateTableSetup.CreateIfMissingAsync(client, settings.StateTable, CancellationToken.None);
            var engine = ExportEngineFactory.Create(settings, client, clock.Time);
            await clock.AdvanceToOffsetAsync(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(7));
            await engine.TickAsync(new TickRequest(null, null, false), CancellationToken.None);
            await clock.AdvanceAsync(TimeSpan.FromMinutes(5));
            await engine.TickAsync(new TickRequest(null, null, false), CancellationToken.None);
            await clock.AdvanceAsync(TimeSpan.FromMinutes(3));
        }

        var path = Path.Combine(Path.GetTempPath(), $"incremental-export-bench-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, SettingsJson.Serialize(settings));
        try
        {
            var now = TimeFormat.Iso(clock.Time.GetUtcNow());
            List<TimeSpan> ticks = [], baselines = [], setups = [], firstTicks = [];
            for (var i = 0; i < repetitions; i++)
            {
                var (wall, line) = await TimeAsync(SelfProcess.StartInfo("--cold-start-child", path, now));
                var parts = line.Split(' ');
                if (parts.Length < 6 || parts[4] != "waiting" || parts[5] != Tables.ToString(CultureInfo.InvariantCulture))
                {
                    throw new InvalidOperationException($"the cold-start child did not find every table idle: '{line}'");
                }

                ticks.Add(wall);
                setups.Add(TimeSpan.FromMilliseconds(double.Parse(parts[1], CultureInfo.InvariantCulture)));
                firstTicks.Add(TimeSpan.FromMilliseconds(double.Parse(parts[3], CultureInfo.InvariantCulture)));
                baselines.Add((await TimeAsync(SelfProcess.StartInfo("--help"))).Wall);
            }

            await progress.WriteLineAsync($"  cold start: {repetitions} child processes timed");
            return new ColdStartResult(ticks, baselines, setups, firstTicks);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<(TimeSpan Wall, string FirstLine)> TimeAsync(ProcessStartInfo start)
    {
        start.Environment["AWS_ENDPOINT_URL_DYNAMODB"] = server.ServiceUrl;
        start.Environment["AWS_REGION"] = LocalAws.Region;
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a child process");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child '{string.Join(' ', start.ArgumentList)}' exited {process.ExitCode}: {await output}{await errors}");
        }

        return (watch.Elapsed, (await output).Split('\n')[0].Trim());
    }
}
