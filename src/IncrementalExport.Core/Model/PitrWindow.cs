namespace IncrementalExport.Core.Model;

/// <summary>A table's point-in-time recovery status and window (DescribeContinuousBackups).</summary>
/// <param name="Enabled">PointInTimeRecoveryStatus is ENABLED.</param>
/// <param name="Earliest">EarliestRestorableDateTime, when enabled.</param>
/// <param name="Latest">LatestRestorableDateTime, when enabled.</param>
public sealed record PitrWindow(bool Enabled, DateTimeOffset? Earliest, DateTimeOffset? Latest)
{
    /// <summary>PITR is off.</summary>
    public static PitrWindow Disabled { get; } = new(false, null, null);
}
