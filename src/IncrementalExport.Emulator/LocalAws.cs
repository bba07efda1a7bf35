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
    public static AmazonDynamoDBClient CreateClient(string serviceUrl, int maxErrorRetry = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = serviceUrl,
            AuthenticationRegion = Region,
            MaxErrorRetry = maxErrorRetry,
            Timeout = TimeSpan.FromSeconds(30),
        };
        return new AmazonDynamoDBClient(new BasicAWSCredentials(AccessKey, SecretKey), config);
    }

    /// <summary>An <see cref="AmazonS3Client"/> for a local S3 API server: test credentials, path-style addressing.</summary>
    public static AmazonS3Client CreateS3Client(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var config = new AmazonS3Config
        {
            ServiceURL = serviceUrl,
            AuthenticationRegion = Region,
            ForcePathStyle = true,
            Timeout = TimeSpan.FromSeconds(30),
            // s3rver stores an aws-chunked body (the SDK's default with a trailing checksum) as it is, framing
            // included: send plain bodies and checksums only where S3 requires them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return new AmazonS3Client(new BasicAWSCredentials(AccessKey, SecretKey), config);
    }
}
