using Amazon.DynamoDBv2;
using Amazon.S3;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Cli;

/// <summary>
/// Everything the CLI reaches outside itself, so tests can put fakes at each seam while the defaults are the
/// real thing: the SDK client from the default chain, the engine factory, the state table setup, the settings parser.
/// </summary>
/// <param name="ClientFactory">Creates the DynamoDB client for a command; the CLI disposes it when the command ends.</param>
/// <param name="EngineFactory">Builds the engine over that client.</param>
/// <param name="CreateStateTable">Creates the state table if it is missing (init); true when it created it.</param>
/// <param name="ParseSettings">Parses and validates the settings document's text.</param>
/// <param name="Time">The clock the engine runs on.</param>
internal sealed record CliServices(
    Func<IAmazonDynamoDB> ClientFactory,
    Func<ExportSettings, IAmazonDynamoDB, TimeProvider, IExportEngine> EngineFactory,
    Func<IAmazonDynamoDB, string, CancellationToken, Task<bool>> CreateStateTable,
    Func<string, SettingsResult> ParseSettings,
    TimeProvider Time)
{
    /// <summary>Creates the S3 client materialize reads exports with; the CLI disposes it when the command ends.</summary>
    public Func<IAmazonS3> S3ClientFactory { get; init; } = CreateS3Client;

    /// <summary>The real services; <paramref name="clientFactory"/> and <paramref name="time"/> replace their defaults when given.</summary>
    public static CliServices Create(Func<IAmazonDynamoDB>? clientFactory = null, TimeProvider? time = null) => new(
        // The parameterless constructor reads the default credential chain and region and honours
        // AWS_ENDPOINT_URL_DYNAMODB, which is how the CLI is pointed at a local endpoint.
        clientFactory ?? (() => new AmazonDynamoDBClient()),
        ExportEngineFactory.Create,
        StateTableSetup.CreateIfMissingAsync,
        SettingsJson.Parse,
        time ?? TimeProvider.System);

    // The default chain and region, and AWS_ENDPOINT_URL_S3 as the SDK honours it. A custom S3 endpoint is a local or
    // S3-compatible server, which is addressed path-style (bucket in the path, not in the host name).
    private static AmazonS3Client CreateS3Client() => new(new AmazonS3Config
    {
        ForcePathStyle = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_S3")),
    });
}
