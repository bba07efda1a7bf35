using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.ControlPlane;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// One scenario's world: AWS's clock and export control plane (the same model the HTTP fake serves), the state
/// table's contract in memory, and the real engine, built anew for every invocation from the current settings.
/// </summary>
internal sealed class SimulationWorld
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private readonly Scenario _scenario;
    private readonly bool[] _configured;
    private readonly List<TableSettings> _tables = [];

    private SimulationWorld(Scenario scenario, FakeTimeProvider clock, SimulationBackend backend)
    {
        _scenario = scenario;
        Clock = clock;
        EngineClock = new SkewedTimeProvider(Clock);
        Backend = backend;
        Model.ExportDuration = TimeSpan.FromMinutes(7);
        _configured = Enumerable.Repeat(true, scenario.TableCount).ToArray();
        for (var i = 0; i < scenario.TableCount; i++)
        {
            var arn = Model.RegisterTable($"t{i}", pitrEnabledSince: Start.AddDays(-5));
            var startTime = scenario.StartTimesAgo[i] is { } ago ? Start - ago : (DateTimeOffset?)null;
            _tables.Add(new TableSettings(
                i == 0 ? arn : $"t{i}",
                StartTime: startTime,
                WindowMinutes: scenario.TableWindowMinutes?[i],
                AdaptiveWindows: scenario.AdaptiveLimitMinutes is not null,
                FreshnessLimitMinutes: scenario.AdaptiveLimitMinutes));
        }
    }

    /// <summary>Builds the world on a backend made for its clock.</summary>
    public static async Task<SimulationWorld> CreateAsync(Scenario scenario, Func<TimeProvider, Task<SimulationBackend>> backend)
    {
        var clock = new FakeTimeProvider(Start);
        return new SimulationWorld(scenario, clock, await backend(clock));
    }

    public SimulationBackend Backend { get; }

    public FakeTimeProvider Clock { get; }

    public SkewedTimeProvider EngineClock { get; }

    public FakeExportControlPlane Model => Backend.Model;

    public Dictionary<string, int> Events { get; } = new(StringComparer.Ordinal);

    private string _bucket = "exports";

    /// <summary>The wake-up the last ticks programmed, as the state table's wake record keeps it.</summary>
    public Core.Wake.WakeRecord? PendingWakeUp { get; set; }

    public ExportSettings Settings => new()
    {
        Bucket = _bucket,
        Prefix = "ddb",
        StateTable = "state",
        WindowMinutes = _scenario.WindowMinutes,
        AlignWindows = _scenario.Align,
        MaxCatchUpMinutes = _scenario.MaxCatchUpMinutes,
        MaxConsecutiveFailures = _scenario.MaxConsecutiveFailures,
        OnPitrGap = _scenario.FullExportOnGap ? PitrGapPolicy.FullExport : PitrGapPolicy.Halt,
        // One table at a time: the order of calls, and so where a fault strikes, follows from the seed alone.
        Parallelism = 1,
        Tables = _tables.Where((_, i) => _configured[i]).ToList(),
    };

    public bool IsConfigured(int table) => _configured[table];

    public string Name(int table) => _tables[table].Name;

    public void Toggle(int table) => _configured[table] = !_configured[table];

    public void SwitchBucket() => _bucket = _bucket == "exports" ? "exports-2" : "exports";

    public void ConfigureAll() => Array.Fill(_configured, true);

    public IExportEngine Engine(InvocationFaults faults, IReadOnlyDictionary<string, TableState>? staleReads = null) =>
        new ExportEngine(Settings, new FaultyStateStore(Backend.Store, faults, staleReads), new FaultyExportApi(Backend.Api, faults), EngineClock);

    public Task<IReadOnlyDictionary<string, TableState>> SnapshotAsync() => Backend.SnapshotAsync(_tables.Select(t => t.Name));

    public void Count(string kind, int by = 1)
    {
        lock (Events)
        {
            Events[kind] = Events.GetValueOrDefault(kind) + by;
        }
    }

    public async Task<IReadOnlyList<string>> CheckAsync(bool settled)
    {
        var histories = new Dictionary<string, IReadOnlyList<CompletedExport>>(StringComparer.Ordinal);
        var stored = await SnapshotAsync();
        var states = new Dictionary<string, TableState?>(StringComparer.Ordinal);
        foreach (var table in _tables)
        {
            histories[table.Name] = await Backend.Store.GetHistoryAsync(table.Name, CancellationToken.None);
            states[table.Name] = stored.GetValueOrDefault(table.Name);
        }

        var violations = InvariantChecker.Check(histories, states, Model.Exports, settled);
        if (!settled)
        {
            return violations;
        }

        var latest = _tables.ToDictionary(t => t.Name, t => Model.DescribeContinuousBackups(t.Name).Latest, StringComparer.Ordinal);
        var settings = Settings;
        var windows = _tables.Select((t, i) => (t.Name, Window: TimeSpan.FromMinutes(_scenario.LongestWindowMinutes(i))))
            .ToDictionary(t => t.Name, t => t.Window, StringComparer.Ordinal);
        return [.. violations, .. ProgressChecker.Check(states, latest, windows, settings.SafetyMargin)];
    }
}
