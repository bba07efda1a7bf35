namespace IncrementalExport.Emulator.Servers;

/// <summary>
/// A real S3 API server: npm s3rver (tools/s3rver) on 127.0.0.1 with an ephemeral port, keeping objects in a folder
/// (a temporary one, removed when it stops, unless one is given).
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    private readonly NodeServer _server;

    private S3Server(NodeServer server) => _server = server;

    /// <summary>The endpoint for <c>AmazonS3Config.ServiceURL</c> (path-style addressing), e.g. http://127.0.0.1:41234.</summary>
    public string ServiceUrl => _server.ServiceUrl;

    /// <summary>Installs tools/s3rver's packages if needed (npm ci), then starts an S3 server with no buckets.</summary>
    public static async Task<S3Server> StartAsync(string? directory = null, CancellationToken cancellationToken = default) =>
        new(await NodeServer.StartAsync("s3rver", "s3rver", directory is null ? null : [directory], cancellationToken));

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
