namespace IncrementalExport.TestServers.Simulation;

/// <summary>One step of a scenario; its text is what a failing scenario prints.</summary>
public abstract partial record SimAction
{
    private SimAction()
    {
    }

    /// <summary>One invocation ticks the configured tables (or some of them), maybe with a fault at one call.</summary>
    public sealed record Tick(IReadOnlyList<int>? Tables, FaultKind? Fault, int AtCall) : SimAction
    {
        public override string ToString() =>
            $"tick {(Tables is null ? "all" : "tables " + string.Join(",", Tables))}{(Fault is { } f ? $" with {f} at call {AtCall}" : "")}";
    }

    /// <summary>
    /// Two invocations overlap. Stale: the second read every state before the first wrote anything. Otherwise the
    /// second read the states as they were after call <paramref name="ReadAfterCall"/> of the first, mid-way through its
    /// writes (in process, deterministically), or both run at once for real (against the servers).
    /// </summary>
    public sealed record Overlap(bool Stale, FaultKind? Fault, int AtCall, int ReadAfterCall) : SimAction
    {
        public override string ToString() =>
            $"{(Stale ? "stale overlapping" : $"mid-tick overlapping (read after call {ReadAfterCall})")} ticks{(Fault is { } f ? $" with {f} at call {AtCall} of the first" : "")}";
    }

    /// <summary>Time passes (for AWS and the engine alike).</summary>
    public sealed record Advance(TimeSpan By) : SimAction
    {
        public override string ToString() => $"advance {By}";
    }

    /// <summary>The engine host's clock jumps relative to AWS's.</summary>
    public sealed record ClockJump(TimeSpan Skew) : SimAction
    {
        public override string ToString() => $"engine clock skew {Skew}";
    }

    /// <summary>The next export started will end FAILED.</summary>
    public sealed record FailNextExport : SimAction
    {
        public override string ToString() => "next export fails";
    }

    /// <summary>An operator pauses a table.</summary>
    public sealed record Pause(int Table) : SimAction
    {
        public override string ToString() => $"pause table {Table}";
    }

    /// <summary>An operator resumes a table.</summary>
    public sealed record Resume(int Table) : SimAction
    {
        public override string ToString() => $"resume table {Table}";
    }

    /// <summary>An operator resets a table, at a time this long before now (or the latest restorable time).</summary>
    public sealed record Reset(int Table, TimeSpan? Ago) : SimAction
    {
        public override string ToString() => $"reset table {Table}{(Ago is { } a ? $" from now-{a}" : "")}";
    }

    /// <summary>PITR is turned off, or on again (which loses the history before).</summary>
    public sealed record SetPitr(int Table, bool Enabled) : SimAction
    {
        public override string ToString() => $"PITR {(Enabled ? "on" : "off")} for table {Table}";
    }

    /// <summary>The settings switch to the other export bucket (exports in flight keep the bucket they were sent to).</summary>
    public sealed record ChangeBucket : SimAction
    {
        public override string ToString() => "settings: switch the export bucket";
    }

    /// <summary>The table is removed from, or added back to, the settings.</summary>
    public sealed record ToggleTable(int Table) : SimAction
    {
        public override string ToString() => $"settings: toggle table {Table}";
    }
}
