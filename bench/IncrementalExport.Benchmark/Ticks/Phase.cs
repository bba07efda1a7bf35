namespace IncrementalExport.Benchmark.Ticks;

/// <summary>What every table is doing in a measured tick; the benchmark checks each tick did exactly this.</summary>
internal enum Phase
{
    /// <summary>Chain up to date, the next window not yet 15 minutes long: only the batched state read, no call for the table.</summary>
    Idle,

    /// <summary>Nothing in flight and the next window due: write intent, start, write ARN (the PITR window as last seen).</summary>
    Start,

    /// <summary>The export in flight cannot have ended yet (shorter than any seen): no call for the table.</summary>
    InFlight,

    /// <summary>The export COMPLETED; recorded (history + state), then the next window is not due yet: wait.</summary>
    CompleteThenWait,

    /// <summary>The export COMPLETED; recorded together with the next window's intent, which starts in the same tick.</summary>
    CompleteThenStart,
}
