using IncrementalExport.Emulator.Servers;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Tests.Emulator;

/// <summary>
/// The test run's one dynalite, for <c>IClassFixture&lt;DynaliteFixture&gt;</c> or the "Dynalite" collection. Every
/// fixture instance shares the process-wide server, so test classes stay parallel; use unique table names
/// (<see cref="SharedDynalite.UniqueName"/>).
/// </summary>
public sealed class DynaliteFixture : IAsyncLifetime
{
    private DynaliteServer? _server;

    /// <summary>The shared server.</summary>
    public DynaliteServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialized yet.");

    /// <summary>dynalite's URL (data plane only; use a FakeDynamoDbEndpoint for PITR and exports).</summary>
    public string ServiceUrl => Server.ServiceUrl;

    /// <summary>Starts the shared server on first use.</summary>
    public async Task InitializeAsync() => _server = await SharedDynalite.GetAsync();

    /// <summary>Nothing: the shared server stops when the test process exits.</summary>
    public Task DisposeAsync() => Task.CompletedTask;
}
