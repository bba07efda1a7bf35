using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>A table whose configured start time is three days back: the CLI, run tick after tick, catches it up.</summary>
public sealed class CatchUpTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    private const int MaxTicks = 50;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    // Off the 15-minute grid on purpose: only the first incremental window may start off it.
    private static readonly DateTimeOffset StartTime = new(2026, 11, 21, 10, 7, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_WhenTableStartsThreeDaysBack_ShouldCatchUpWithGridAlignedDayWindowsAndNoGapOrOverlap()
    {
        // Raw settings JSON, as an operator writes it; everything not given is the documented default.
        ControlPlane.RegisterTable(Table, pitrEnabledSince: Start.AddDays(-5));
        File.WriteAllText(SettingsPath, $$"""
            {
              "bucket": "exports-bucket",
              "prefix": "dynamodb",
              "stateTable": "{{StateTable}}",
              "tables": [ { "table": "{{Table}}", "startTime": "2026-11-21T10:07:00Z" } ]
            }
            """);
        Assert.Equal(0, (await CliAsync("init")).ExitCode);

        DateTimeOffset? firstCatchUpPlannedAt = null;
        for (var ticks = 1; ; ticks++)
        {
            Assert.True(ticks <= MaxTicks, $"not caught up after {MaxTicks} ticks");
            var run = await RunAsync();
            firstCatchUpPlannedAt ??= run.Step == "StartedIncremental" ? Usable : null;
            if (run.Step == "Waiting" && run.Status.InFlight is null)
            {
                break;
            }

            Time.Advance(TimeSpan.FromMinutes(10));
        }

        var status = await StatusAsync();
        var history = await HistoryAsync();
        var exports = ControlPlane.Exports;
        var incremental = history.Where(h => !h.Window.IsFull).Select(h => h.Window).ToList();

        ChainAssert.GapFreeAndOverlapFree(history);
        ChainAssert.MatchesExports(history, exports);
        Assert.Equal(history.Count, exports.Count);
        Assert.All(history, h => Assert.Equal(1, h.Epoch));
        Assert.Equal(new ExportedWindow("Full", StartTime, StartTime), history[0].Window);
        Assert.All(incremental, w => Assert.Equal(w.To, OnGrid(w.To)));
        Assert.All(incremental.Skip(1), w => Assert.Equal(w.From, OnGrid(w.From)));

        // The backlog when catch-up began, in 24-hour windows: the last one is cut at the restorable edge.
        var backlog = firstCatchUpPlannedAt!.Value - StartTime;
        var dayWindows = (int)Math.Ceiling(backlog / Day);
        Assert.Equal(3, dayWindows);
        Assert.Equal(
            [
                new("Incremental", StartTime, new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)),
                new("Incremental", new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)),
                new("Incremental", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)),
            ],
            incremental.Take(dayWindows));
        Assert.All(incremental.Skip(dayWindows), w => Assert.True(w.Length < TimeSpan.FromHours(1), $"{w} after the backlog is gone"));

        // Caught up: less than one window of usable time is left past the watermark, and nothing more is in flight.
        Assert.Equal(("Idle", 1, (ExportedWindow?)null), (status.Phase, status.Epoch, status.InFlight));
        Assert.Equal(incremental[^1].To, status.Watermark);
        Assert.True(Usable - status.Watermark!.Value < Window, $"watermark {status.Watermark} is more than a window behind {Usable}");
        Assert.All(exports, e => Assert.Equal(FakeExport.Completed, e.Status));
    }

    private static DateTimeOffset OnGrid(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % Window.Ticks), TimeSpan.Zero);
}
