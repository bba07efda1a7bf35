using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;

namespace IncrementalExport.Emulator;

/// <summary>Real AWSSDK clients for the local servers.</summary>
public static class LocalAws
{
    /// <summary>The region the clients sign for; the fake's default ARNs use it too.</summary>
    public const string Region = "us-east-1";

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
        return new AmazonDynamoDBClient(new BasicAWSCredentials("test", "test"), config);
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
        };
        return new AmazonS3Client(new BasicAWSCredentials("test", "test"), config);
    }
}
