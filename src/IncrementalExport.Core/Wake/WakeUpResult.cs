namespace IncrementalExport.Core.Wake;

/// <summary>What reprogramming the wake-up left: the pending wake-up (null: none, only the safety net), whether this tick set it, and the error if it could not.</summary>
public sealed record WakeUpResult(DateTimeOffset? Pending, bool Programmed, string? Error = null);
