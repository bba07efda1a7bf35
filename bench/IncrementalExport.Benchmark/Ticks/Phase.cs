namespace IncrementalExport.Benchmark.Ticks;

/// <summary>What every table is doing in a measured tick; the benchmark checks each tick did exactly this.</summary>
internal enum Phase
{
    /// <summary>Chain up to date, the next window not yet 15 minutes long: read state, read PITR, wait.</summary>
    Idle,

    /// <summary>Nothing in flight and the next window due: read state, read PITR, write intent, start, write ARN.</summary>
    Start,

    /// <summary>The export in flight is IN_PROGRESS: read state, DescribeExport.</summary>
    InFlight,

    /// <summary>The export COMPLETED; recorded (history + state), then the next window is not due yet: wait.</summary>
    CompleteThenWait,

    /// <summary>The export COMPLETED; recorded, and the next window is already due, so it starts in the same tick.</summary>
    CompleteThenStart,
}
