namespace IncrementalExport.Core.Wake;

/// <summary>
/// The wake-up the function last programmed, kept in the state table beside the settings item so that overlapping
/// ticks agree on it: <see cref="At"/> the one-time schedule's time, <see cref="View"/> when the tick that chose it read
/// the tables' states (the age of the knowledge behind it), <see cref="Version"/> for conditional writes.
/// </summary>
public sealed record WakeRecord(DateTimeOffset At, DateTimeOffset View, long Version);
