namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>Where AWS writes an export's objects: &lt;S3Prefix&gt;/AWSDynamoDB/&lt;export id&gt;/…</summary>
public static class ExportKeys
{
    /// <summary>The summary manifest's name.</summary>
    public const string ManifestSummary = "manifest-summary.json";

    /// <summary>The files manifest's name.</summary>
    public const string ManifestFiles = "manifest-files.json";

    /// <summary>The folder of one export's objects, ending in '/'.</summary>
    public static string Root(string? s3Prefix, string exportId)
    {
        var prefix = string.IsNullOrEmpty(s3Prefix) ? "" : s3Prefix.TrimEnd('/') + "/";
        return $"{prefix}AWSDynamoDB/{exportId}/";
    }
}
