namespace IncrementalExport.Core.Model;

/// <summary>
/// The durable memory of one source table, stored as one item of the state table and replaced
/// only by a write conditional on <see cref="Version"/>.
/// </summary>
public sealed record TableState
{
    /// <summary>The source table's name (the state item's key).</summary>
    public required string Table { get; init; }

    /// <summary>Where the table is in its cycle.</summary>
    public TablePhase Phase { get; init; } = TablePhase.New;

    /// <summary>The chain number; 0 before the first full export starts, +1 for every full export.</summary>
    public int Epoch { get; init; }

    /// <summary>The export time of the current epoch's full export, once it is known.</summary>
    public DateTimeOffset? EpochStart { get; init; }

    /// <summary>Everything before this instant is exported in this epoch; null until the full export completes.</summary>
    public DateTimeOffset? Watermark { get; init; }

    /// <summary>How many exports of this epoch are completed; the next completed one gets this sequence number.</summary>
    public int CompletedInEpoch { get; init; }

    /// <summary>The export being started or followed, if any.</summary>
    public InFlightExport? InFlight { get; init; }

    /// <summary>The window that failed last, retried as it is (with a new attempt) until it completes.</summary>
    public ExportWindow? RetryWindow { get; init; }

    /// <summary>The attempt number the next start of the current window uses; only grows until the watermark moves.</summary>
    public int NextAttempt { get; init; }

    /// <summary>Failures of the current window in a row.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The last failure or block, as "Code: message".</summary>
    public string? LastError { get; init; }

    /// <summary>Why the table is blocked, when <see cref="Phase"/> is Blocked.</summary>
    public BlockReason BlockReason { get; init; }

    /// <summary>Paused by an operator: no new exports start; one in flight is still followed and recorded.</summary>
    public bool Paused { get; init; }

    /// <summary>A reset an operator asked for and no tick has applied yet.</summary>
    public RequestedReset? PendingReset { get; init; }

    /// <summary>The version this state was read at; every write is conditional on it and stores Version + 1.</summary>
    public long Version { get; init; }

    /// <summary>When the state was last written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the last export completed.</summary>
    public DateTimeOffset? LastCompletedAt { get; init; }

    /// <summary>The table's PITR window as last seen, for knowing when its next window can be due without a call.</summary>
    public PitrSeen? PitrSeen { get; init; }

    /// <summary>The shortest time any completed export of the table took on AWS (StartTime to EndTime).</summary>
    public TimeSpan? ShortestExport { get; init; }

    /// <summary>The window length the adaptive mode chose for the table's next windows; null when it chose none.</summary>
    public int? AdaptiveWindowMinutes { get; init; }

    /// <summary>The state of a table no tick has seen yet (version 0: it is not stored).</summary>
    public static TableState NewTable(string table) => new() { Table = table };
}
