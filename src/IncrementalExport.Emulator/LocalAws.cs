using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;

namespace IncrementalExport.Emulator;

/// <summary>Real AWSSDK clients for the local servers.</summary>
public static class LocalAws
{
    /// <summary>The region the clients sign for; the fake's default ARNs use it too.</summary>
    public const string Region = "us-east-1";

    /// <summary>The access key the local clients use: s3rver's built-in one (dynalite accepts any).</summary>
    public const string AccessKey = "S3RVER";

    /// <summary>The secret key the local clients use: s3rver's built-in one.</summary>
    public const string SecretKey = "S3RVER";

    /// <summary>
    /// An <see cref="AmazonDynamoDBClient"/> for a local endpoint: fixed test credentials, <c>ServiceURL</c> plus
    /// <c>AuthenticationRegion</c> (a <c>RegionEndpoint</c> would override the URL). Retries are off by default
    /// (<paramref name="maxErrorRetry"/> = 0) so every injected fault reaches the caller.
    /// </summary>
    public static AmazonDynamoDBClient CreateClient(string serviceUrl, int maxErrorRetry = 0) =>
        new(Credentials, Local(new AmazonDynamoDBConfig { MaxErrorRetry = maxErrorRetry }, serviceUrl));

    /// <summary>An <see cref="AmazonS3Client"/> for a local S3 API server: test credentials, path-style addressing.</summary>
    public static AmazonS3Client CreateS3Client(string serviceUrl) => new(Credentials, Local(
        new AmazonS3Config
        {
            ForcePathStyle = true,
            // s3rver stores an aws-chunked body (the SDK's default with a trailing checksum) as it is, framing
            // included: send plain bodies and checksums only where S3 requires them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        },
        serviceUrl));

    private static BasicAWSCredentials Credentials => new(AccessKey, SecretKey);

    private static T Local<T>(T config, string serviceUrl)
        where T : ClientConfig
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        config.ServiceURL = serviceUrl;
        config.AuthenticationRegion = Region;
        config.Timeout = TimeSpan.FromSeconds(30);
        return config;
    }
}
