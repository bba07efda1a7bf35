using System.Net;
using Amazon.S3;

namespace IncrementalExport.Materialize;

/// <summary>Export objects read through the S3 API.</summary>
public sealed class S3ExportFiles(IAmazonS3 s3) : IExportFiles
{
    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket, key, cancellationToken);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode is "NoSuchKey")
        {
            return null;
        }
    }

    /// <inheritdoc />
    public string Describe(string bucket, string key) => $"s3://{bucket}/{key}";
}
