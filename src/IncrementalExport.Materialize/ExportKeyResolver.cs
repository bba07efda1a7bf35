using IncrementalExport.Core.Model;

namespace IncrementalExport.Materialize;

/// <summary>
/// Where an export's objects may be. AWS's examples show keys both with the requested prefix
/// (prefix/AWSDynamoDB/&lt;id&gt;/…) and without it (AWSDynamoDB/&lt;id&gt;/…), and ExportManifest may be reported as
/// an s3:// URL: each key is tried as given first, then the other readings, and only what the manifests list is read.
/// </summary>
internal sealed class ExportKeyResolver(CompletedExport export)
{
    private const string Marker = "AWSDynamoDB/";

    /// <summary>Candidate keys of manifest-summary.json: the one recorded in the history, then the one under the export's prefix.</summary>
    public IReadOnlyList<string> Summary()
    {
        var written = export.S3Prefix.TrimEnd('/') + "/manifest-summary.json";
        return export.ManifestKey is { } recorded ? Listed(WithoutBucketUrl(recorded)).Append(written).Distinct().ToList() : [written];
    }

    /// <summary>Candidate keys of a key a manifest lists: as given, then with the export's requested prefix in front.</summary>
    public IReadOnlyList<string> Listed(string key)
    {
        var root = export.S3Prefix.IndexOf(Marker, StringComparison.Ordinal) is var at and > 0 ? export.S3Prefix[..at] : "";
        return key.StartsWith(Marker, StringComparison.Ordinal) && root.Length > 0 ? [key, root + key] : [key];
    }

    private string WithoutBucketUrl(string key)
    {
        var url = $"s3://{export.S3Bucket}/";
        return key.StartsWith(url, StringComparison.Ordinal) ? key[url.Length..] : key;
    }
}
