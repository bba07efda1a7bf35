namespace IncrementalExport.Materialize;

/// <summary>Where export objects are read from: S3, or a local copy laid out as ROOT/&lt;bucket&gt;/&lt;key&gt;.</summary>
public interface IExportFiles
{
    /// <summary>The object's bytes, or null when it does not exist.</summary>
    Task<byte[]?> ReadAsync(string bucket, string key, CancellationToken cancellationToken);

    /// <summary>How an object is named in messages, e.g. s3://bucket/key.</summary>
    string Describe(string bucket, string key);
}
