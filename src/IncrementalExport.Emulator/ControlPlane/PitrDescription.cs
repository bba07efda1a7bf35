namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>PointInTimeRecoveryDescription of DescribeContinuousBackups.</summary>
public sealed record PitrDescription(bool Enabled, DateTimeOffset? Earliest, DateTimeOffset? Latest, int RecoveryPeriodInDays);
