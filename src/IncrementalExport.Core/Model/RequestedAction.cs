namespace IncrementalExport.Core.Model;

/// <summary>
/// A reset an operator asked for, applied by the next tick that finds nothing in flight
/// (an export in flight is first followed to its end and recorded).
/// </summary>
/// <param name="From">The full export time asked for, or null for the latest restorable time.</param>
/// <param name="RequestedAt">When it was asked for.</param>
public sealed record RequestedReset(DateTimeOffset? From, DateTimeOffset RequestedAt);
