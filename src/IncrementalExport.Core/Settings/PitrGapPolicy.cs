namespace IncrementalExport.Core.Settings;

/// <summary>What a tick does when a table's watermark is older than its earliest restorable time.</summary>
public enum PitrGapPolicy
{
    /// <summary>Block the table until an operator resets it (the default): a gap is never papered over silently.</summary>
    Halt,

    /// <summary>Start a new epoch with a full export at the latest restorable time.</summary>
    FullExport,
}
