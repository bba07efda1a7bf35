namespace IncrementalExport.Materialize;

/// <summary>Export objects copied to a folder as ROOT/&lt;bucket&gt;/&lt;key&gt; (e.g. by aws s3 sync).</summary>
public sealed class DirectoryExportFiles(string root) : IExportFiles
{
    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(bucket, key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <inheritdoc />
    public string Describe(string bucket, string key) => PathOf(bucket, key);

    private string PathOf(string bucket, string key) =>
        Path.Combine([root, bucket, .. key.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
}
