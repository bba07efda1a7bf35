using Amazon.DynamoDBv2;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Emulator.Endpoint;
using IncrementalExport.Emulator.Servers;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.TestServers;

/// <summary>
/// Everything a test needs in one object: a fresh export control plane on the given clock, an endpoint in front of
/// dynalite (the process-wide one unless another is given), and a client for it. Cheap enough to create per test.
/// </summary>
public sealed class LocalExportEnvironment : IAsyncDisposable
{
    private LocalExportEnvironment(FakeDynamoDbEndpoint endpoint)
    {
        Endpoint = endpoint;
        Client = endpoint.CreateClient();
    }

    /// <summary>The export control plane (arrange tables, failures; inspect exports).</summary>
    public FakeExportControlPlane ControlPlane => Endpoint.ControlPlane;

    /// <summary>The endpoint (faults, latency, call counters).</summary>
    public FakeDynamoDbEndpoint Endpoint { get; }

    /// <summary>The endpoint's URL, for ServiceURL or AWS_ENDPOINT_URL_DYNAMODB.</summary>
    public string ServiceUrl => Endpoint.ServiceUrl;

    /// <summary>A client with retries off (MaxErrorRetry = 0), disposed with the environment.</summary>
    public AmazonDynamoDBClient Client { get; }

    /// <summary>Starts a control plane on <paramref name="time"/> and an endpoint for it.</summary>
    public static async Task<LocalExportEnvironment> StartAsync(
        TimeProvider time, DynaliteServer? dynalite = null, CancellationToken cancellationToken = default)
    {
        dynalite ??= await SharedDynalite.GetAsync();
        var endpoint = await FakeDynamoDbEndpoint.StartAsync(new FakeExportControlPlane(time), dynalite.ServiceUrl, cancellationToken);
        return new LocalExportEnvironment(endpoint);
    }

    /// <summary>Stops the endpoint (dynalite keeps running if it is shared).</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Endpoint.DisposeAsync();
    }
}
