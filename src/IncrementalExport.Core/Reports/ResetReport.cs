namespace IncrementalExport.Core.Reports;

/// <summary>A reset asked for and not applied yet.</summary>
/// <param name="From">The full export time asked for; null for the latest restorable time.</param>
/// <param name="RequestedAt">When it was asked for.</param>
public sealed record ResetReport(DateTimeOffset? From, DateTimeOffset RequestedAt);
