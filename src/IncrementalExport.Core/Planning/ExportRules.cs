namespace IncrementalExport.Core.Planning;

/// <summary>The AWS limits every planned export obeys (DynamoDB API reference, ExportTableToPointInTime).</summary>
internal static class ExportRules
{
    /// <summary>An incremental export covers at least 15 minutes.</summary>
    public static readonly TimeSpan MinIncrementalPeriod = TimeSpan.FromMinutes(15);

    /// <summary>An incremental export covers at most 24 hours.</summary>
    public static readonly TimeSpan MaxIncrementalPeriod = TimeSpan.FromHours(24);

    /// <summary>
    /// The smallest size an incremental export is billed for (DynamoDB pricing: 10 MB per export). Read as 10 MiB, the
    /// larger reading, so an export billed at the minimum under either reading counts as one.
    /// </summary>
    public const long MinimumBilledBytes = 10L * 1024 * 1024;
}
