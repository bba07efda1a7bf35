using Amazon.DynamoDBv2;
using Amazon.S3;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Emulator.Endpoint;
using IncrementalExport.Emulator.Servers;

namespace IncrementalExport.Emulator;

/// <summary>
/// Everything of AWS the tool uses, on 127.0.0.1: dynalite, an S3 API server, and the export emulator in front of
/// dynalite (which writes export files to that S3 server). Disposing it stops all three.
/// </summary>
public sealed class LocalStack : IAsyncDisposable
{
    private readonly DynaliteServer _dynalite;
    private readonly S3Server _s3;
    private readonly AmazonS3Client _emulatorS3;

    private LocalStack(DynaliteServer dynalite, S3Server s3, AmazonS3Client emulatorS3, FakeDynamoDbEndpoint endpoint)
    {
        _dynalite = dynalite;
        _s3 = s3;
        _emulatorS3 = emulatorS3;
        Endpoint = endpoint;
    }

    /// <summary>The DynamoDB endpoint users point at (AWS_ENDPOINT_URL_DYNAMODB): the emulator.</summary>
    public string DynamoDbUrl => Endpoint.ServiceUrl;

    /// <summary>The S3 endpoint (AWS_ENDPOINT_URL_S3).</summary>
    public string S3Url => _s3.ServiceUrl;

    /// <summary>dynalite itself (behind the emulator).</summary>
    public string DynaliteUrl => _dynalite.ServiceUrl;

    /// <summary>The emulator's endpoint (control plane, journal, faults).</summary>
    public FakeDynamoDbEndpoint Endpoint { get; }

    /// <summary>The export control plane.</summary>
    public FakeExportControlPlane ControlPlane => Endpoint.ControlPlane;

    /// <summary>The environment variables that point the AWS SDKs and CLIs at this stack.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment =>
    [
        new("AWS_ENDPOINT_URL_DYNAMODB", DynamoDbUrl),
        new("AWS_ENDPOINT_URL_S3", S3Url),
        new("AWS_REGION", LocalAws.Region),
        new("AWS_ACCESS_KEY_ID", LocalAws.AccessKey),
        new("AWS_SECRET_ACCESS_KEY", LocalAws.SecretKey),
    ];

    /// <summary>
    /// Starts dynalite, the S3 server and the emulator on <paramref name="time"/> (installing the pinned npm packages on
    /// first use). With <paramref name="s3Directory"/>, S3 objects are kept in that folder after the stack stops.
    /// </summary>
    public static async Task<LocalStack> StartAsync(TimeProvider time, string? s3Directory = null, CancellationToken cancellationToken = default)
    {
        // The two npm installs and server starts are independent; on a first run they overlap.
        var dynaliteTask = DynaliteServer.StartAsync(cancellationToken);
        var s3Task = S3Server.StartAsync(s3Directory, cancellationToken);
        DynaliteServer? dynalite = null;
        S3Server? s3 = null;
        try
        {
            dynalite = await dynaliteTask;
            s3 = await s3Task;
            var emulatorS3 = LocalAws.CreateS3Client(s3.ServiceUrl);
            var endpoint = await FakeDynamoDbEndpoint.StartAsync(new FakeExportControlPlane(time), dynalite.ServiceUrl, emulatorS3, cancellationToken);
            return new LocalStack(dynalite, s3, emulatorS3, endpoint);
        }
        catch
        {
            await StopQuietlyAsync(dynalite ?? await Quietly(dynaliteTask));
            await StopQuietlyAsync(s3 ?? await Quietly(s3Task));
            throw;
        }
    }

    /// <summary>A DynamoDB client for the emulator.</summary>
    public AmazonDynamoDBClient CreateDynamoDbClient(int maxErrorRetry = 0) => LocalAws.CreateClient(DynamoDbUrl, maxErrorRetry);

    /// <summary>An S3 client for the S3 server.</summary>
    public AmazonS3Client CreateS3Client() => LocalAws.CreateS3Client(S3Url);

    /// <summary>Stops the emulator, then the servers.</summary>
    public async ValueTask DisposeAsync()
    {
        await Endpoint.DisposeAsync();
        _emulatorS3.Dispose();
        await _s3.DisposeAsync();
        await _dynalite.DisposeAsync();
    }

    private static async Task<T?> Quietly<T>(Task<T> task)
        where T : class
    {
        try
        {
            return await task;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static async Task StopQuietlyAsync(IAsyncDisposable? server)
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
