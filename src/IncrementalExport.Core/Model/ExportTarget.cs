namespace IncrementalExport.Core.Model;

/// <summary>
/// Where and how an export is written, fixed when its intent is recorded: a later tick re-issues and records the
/// export with these values, never with the settings in force by then (a changed bucket must not re-point the history).
/// </summary>
/// <param name="Bucket">The S3 bucket the request names.</param>
/// <param name="BucketOwner">The bucket's account, for a bucket in another account.</param>
/// <param name="KmsKeyArn">The SSE-KMS key, or null for SSE-S3.</param>
/// <param name="Format">DYNAMODB_JSON or ION.</param>
/// <param name="ViewType">The incremental view type (ignored by a full export).</param>
public sealed record ExportTarget(string Bucket, string? BucketOwner, string? KmsKeyArn, ExportFormat Format, ExportViewType ViewType);
