using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator.Servers;
using IncrementalExport.TestServers;
using IncrementalExport.TestServers.Dynalite;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Engine;

/// <summary>
/// The real engine through the real AWSSDK client: the state table in dynalite, the export control plane behind
/// the HTTP fake, one fake clock for AWS and the engine.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private EngineHarness(LocalExportEnvironment env, FakeTimeProvider clock, string stateTable)
    {
        (Env, Clock, StateTable) = (env, clock, stateTable);
    }

    public LocalExportEnvironment Env { get; }

    public FakeTimeProvider Clock { get; }

    public string StateTable { get; }

    public static async Task<EngineHarness> StartAsync(DynaliteServer dynalite)
    {
        var clock = new FakeTimeProvider(Start);
        var env = await LocalExportEnvironment.StartAsync(clock, dynalite);
        var table = SharedDynalite.UniqueName("engine-state");
        await StateTableSetup.CreateIfMissingAsync(env.Client, table, CancellationToken.None);
        env.Endpoint.Calls.Reset();
        return new EngineHarness(env, clock, table);
    }

    /// <summary>A harness whose control plane knows <c>orders</c>, with PITR on for two days.</summary>
    public static async Task<EngineHarness> StartWithOrdersAsync(DynaliteServer dynalite)
    {
        var h = await StartAsync(dynalite);
        h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: Start.AddDays(-2));
        return h;
    }

    public ExportSettings Settings(params TableSettings[] tables) => new()
    {
        Bucket = "exports",
        Prefix = "ddb",
        KmsKeyArn = "arn:aws:kms:us-east-1:123456789012:key/0b6f7f3c-3b1e-4c5e-9a8d-2f0e1d2c3b4a",
        StateTable = StateTable,
        Tables = tables,
    };

    public IExportEngine Engine(ExportSettings settings) => ExportEngineFactory.Create(settings, Env.Client, Clock);

    public async Task<TableOutcome> TickAsync(ExportSettings settings, string table) =>
        (await Engine(settings).TickAsync(new TickRequest([table]), CancellationToken.None)).Tables.Single();

    /// <summary>Rewrites the table's stored state as a crash or a lost answer would leave it; the state it replaced.</summary>
    public async Task<TableState> RewriteStateAsync(ExportSettings settings, string table, Func<TableState, TableState> change)
    {
        var store = new DynamoDbStateStore(Env.Client, settings.StateTable);
        var state = (await store.GetAsync(table, CancellationToken.None))!;
        Assert.True(await store.TryWriteAsync(change(state) with { Version = state.Version + 1 }, state.Version, CancellationToken.None));
        return state;
    }

    public ValueTask DisposeAsync() => Env.DisposeAsync();
}
