namespace IncrementalExport.Emulator.Servers;

/// <summary>A real DynamoDB data plane: npm dynalite (tools/dynalite), in memory, on 127.0.0.1 with an ephemeral port.</summary>
public sealed class DynaliteServer : IAsyncDisposable
{
    private readonly NodeServer _server;

    private DynaliteServer(NodeServer server) => _server = server;

    /// <summary>The TCP port dynalite listens on.</summary>
    public int Port => _server.Port;

    /// <summary>The endpoint for <c>AmazonDynamoDBConfig.ServiceURL</c>, e.g. http://127.0.0.1:41234.</summary>
    public string ServiceUrl => _server.ServiceUrl;

    /// <summary>Installs tools/dynalite's packages if needed (npm ci), then starts a fresh, empty dynalite.</summary>
    public static async Task<DynaliteServer> StartAsync(CancellationToken cancellationToken = default) =>
        new(await NodeServer.StartAsync("dynalite", "dynalite", cancellationToken: cancellationToken));

    /// <summary>Stops dynalite; its in-memory data is gone.</summary>
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
