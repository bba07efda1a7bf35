using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.TestServers.InMemory;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// What a scenario runs against: the model of AWS's export control plane (for arranging and checking), and the
/// engine's two ports onto it and onto the state table.
/// </summary>
public sealed class SimulationBackend : IAsyncDisposable
{
    private readonly Func<IEnumerable<string>, Task<IReadOnlyDictionary<string, TableState>>> _snapshot;
    private readonly IAsyncDisposable? _resources;

    private SimulationBackend(
        FakeExportControlPlane model, IExportApi api, IStateStore store,
        Func<IEnumerable<string>, Task<IReadOnlyDictionary<string, TableState>>> snapshot, IAsyncDisposable? resources)
    {
        (Model, Api, Store, _snapshot, _resources) = (model, api, store, snapshot, resources);
    }

    public FakeExportControlPlane Model { get; }

    /// <summary>True for the in-memory backend, whose calls complete synchronously and in a fixed order.</summary>
    public bool InProcess => _resources is null;

    internal IExportApi Api { get; }

    internal IStateStore Store { get; }

    /// <summary>Everything in process: thousands of scenarios a minute.</summary>
    public static Task<SimulationBackend> InProcessAsync(TimeProvider clock)
    {
        var model = new FakeExportControlPlane(clock);
        var store = new InMemoryStateStore();
        return Task.FromResult(new SimulationBackend(
            model, new ModelExportApi(model), store, _ => Task.FromResult(store.Snapshot()), null));
    }

    /// <summary>
    /// Through the real AWSSDK client: the state table in dynalite, the control plane behind the HTTP fake, both via
    /// the engine's own adapters (DynamoDbStateStore, DynamoDbExportApi).
    /// </summary>
    public static async Task<SimulationBackend> ServersAsync(TimeProvider clock)
    {
        var env = await LocalExportEnvironment.StartAsync(clock);
        var table = Dynalite.SharedDynalite.UniqueName("sim-state");
        await StateTableSetup.CreateIfMissingAsync(env.Client, table, CancellationToken.None);
        var store = new DynamoDbStateStore(env.Client, table);
        return new SimulationBackend(
            env.ControlPlane,
            new DynamoDbExportApi(env.Client),
            store,
            async names =>
            {
                var states = new Dictionary<string, TableState>(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    if (await store.GetAsync(name, CancellationToken.None) is { } state)
                    {
                        states[name] = state;
                    }
                }

                return states;
            },
            env);
    }

    /// <summary>The stored states of <paramref name="tables"/> as they are now.</summary>
    public Task<IReadOnlyDictionary<string, TableState>> SnapshotAsync(IEnumerable<string> tables) => _snapshot(tables);

    public ValueTask DisposeAsync() => _resources?.DisposeAsync() ?? ValueTask.CompletedTask;
}
