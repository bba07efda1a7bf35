using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.TestServers.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Simulation;

/// <summary>
/// One random run of the real engine over the in-process model of AWS, for the rules that decide when a table is
/// looked at and how long its windows are: tables with their own and adaptive windows, AWS's PITR lag growing and
/// shrinking, exports getting faster and slower, big and small change sets, failed exports. It returns every
/// invariant violation seen after a step, then settles (steady lag and export time, a tick every 15 minutes for two
/// days) and adds a violation for any table whose chain stalled.
/// </summary>
internal sealed class PaceScenario(int seed)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private static readonly int[] Windows = [15, 30, 60, 120];
    private static readonly int[] Limits = [60, 120, 240, 720];
    private static readonly int[] AdvanceMinutes = [1, 4, 7, 15, 15, 30, 60, 180];
    private readonly Random _rng = new(seed);
    private readonly List<string> _log = [];

    public IReadOnlyList<string> Log => _log;

    public async Task<IReadOnlyList<string>> RunAsync(int steps = 60)
    {
        var clock = new FakeTimeProvider(Start);
        await using var backend = await SimulationBackend.InProcessAsync(clock);
        var model = backend.Model;
        var tables = Enumerable.Range(0, _rng.Next(1, 4)).Select(i => DrawTable($"t{i}")).ToList();
        foreach (var table in tables)
        {
            model.RegisterTable(table.Name, pitrEnabledSince: Start.AddDays(-3));
        }

        // Failed exports are drawn often; a table blocked after a few in a row would be the rule working, not a stall.
        var settings = new ExportSettings { Bucket = "b", StateTable = "s", Tables = tables, SafetyMarginSeconds = _rng.Next(0, 300), MaxConsecutiveFailures = 100 };
        var engine = new ExportEngine(settings, backend.Store, backend.Api, clock);
        _log.Add($"seed {seed}: margin {settings.SafetyMarginSeconds} s; {string.Join("; ", tables)}");
        for (var step = 0; step < steps; step++)
        {
            Act(model, tables, clock);
            await engine.TickAsync(new TickRequest(), CancellationToken.None);
            if (await CheckAsync(backend, tables, settled: false) is { Count: > 0 } violations)
            {
                return violations;
            }
        }

        return await SettleAsync(backend, engine, tables, settings, clock);
    }

    private TableSettings DrawTable(string name)
    {
        var window = Windows[_rng.Next(Windows.Length)];
        var adaptive = _rng.Next(2) == 0;
        int? limit = adaptive ? Math.Max(window, Limits[_rng.Next(Limits.Length)]) : null;
        return new TableSettings(name, WindowMinutes: _rng.Next(4) == 0 ? null : window, AdaptiveWindows: adaptive, FreshnessLimitMinutes: limit);
    }

    private void Act(FakeExportControlPlane model, List<TableSettings> tables, FakeTimeProvider clock)
    {
        var table = tables[_rng.Next(tables.Count)].Name;
        var roll = _rng.Next(100);
        string action;
        if (roll < 15)
        {
            var lag = TimeSpan.FromSeconds(_rng.Next(120, 900));
            model.SetRestoreLag(table, lag);
            action = $"{table}: PITR lag {lag}";
        }
        else if (roll < 25)
        {
            model.ExportDuration = TimeSpan.FromMinutes(_rng.Next(2, 25));
            action = $"exports take {model.ExportDuration}";
        }
        else if (roll < 35)
        {
            // 100 bytes per item: none (billed at the minimum), or 20 MB of changes per export (twice the minimum).
            var items = _rng.Next(2) == 0 ? 0 : 200_000;
            model.SetItemCount(table, items);
            action = $"{table}: {items} items per export";
        }
        else if (roll < 40)
        {
            model.FailNextExports(1);
            action = "the next export fails";
        }
        else
        {
            var minutes = AdvanceMinutes[_rng.Next(AdvanceMinutes.Length)];
            clock.Advance(TimeSpan.FromMinutes(minutes));
            action = $"+{minutes} min";
        }

        _log.Add(action);
    }

    private static async Task<IReadOnlyList<string>> SettleAsync(
        SimulationBackend backend, ExportEngine engine, List<TableSettings> tables, ExportSettings settings, FakeTimeProvider clock)
    {
        backend.Model.ExportDuration = TimeSpan.FromMinutes(5);
        foreach (var table in tables)
        {
            backend.Model.SetRestoreLag(table.Name, TimeSpan.FromMinutes(5));
        }

        for (var tick = 0; tick < 2 * 96; tick++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            await engine.TickAsync(new TickRequest(), CancellationToken.None);
        }

        var violations = (await CheckAsync(backend, tables, settled: true)).ToList();
        var states = await backend.SnapshotAsync(tables.Select(t => t.Name));
        foreach (var table in tables)
        {
            // A window of at most the limit ends, is due lag + margin later, waits at most a tick, runs 5 minutes and is
            // recorded at most a tick after: anything further behind is a stall.
            var limit = TimeSpan.FromMinutes(table.FreshnessLimitMinutes ?? table.WindowMinutes ?? settings.WindowMinutes);
            var bound = 2 * limit + TimeSpan.FromMinutes(5 + 5 + 15 + 15) + settings.SafetyMargin;
            var state = states.GetValueOrDefault(table.Name);
            if (state?.Watermark is not { } watermark || clock.GetUtcNow() - watermark > bound || state.BlockReason != BlockReason.None)
            {
                violations.Add($"{table.Name}: stalled (watermark {state?.Watermark}, block {state?.BlockReason}, now {clock.GetUtcNow()}, bound {bound})");
            }
        }

        return violations;
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(SimulationBackend backend, List<TableSettings> tables, bool settled)
    {
        var states = await backend.SnapshotAsync(tables.Select(t => t.Name));
        var histories = new Dictionary<string, IReadOnlyList<CompletedExport>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            histories[table.Name] = await backend.Store.GetHistoryAsync(table.Name, CancellationToken.None);
        }

        return InvariantChecker.Check(histories, tables.ToDictionary(t => t.Name, t => states.GetValueOrDefault(t.Name), StringComparer.Ordinal), backend.Model.Exports, settled);
    }
}
