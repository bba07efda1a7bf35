
namespace IncrementalExport.Core.Model;

/// <summary>One ExportTableToPointInTime request, fully determined by the state so it can be re-issued unchanged.</summary>
public sealed record ExportRequest(
    string TableArn,
    string Bucket,
    string? BucketOwner,
    string S3Prefix,
    string? KmsKeyArn,
    ExportFormat Format,
    ExportViewType ViewType,
    ExportWindow Window,
    string ClientToken);
