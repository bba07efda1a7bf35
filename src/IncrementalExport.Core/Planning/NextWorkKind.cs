namespace IncrementalExport.Core.Planning;

/// <summary>What a table's <see cref="NextWork"/> waits for.</summary>
internal enum NextWorkKind
{
    /// <summary>Nothing: the table has work whenever a tick looks (a start to re-issue, a new table, a retry, a block to re-check).</summary>
    Now,

    /// <summary>Its next window becoming restorable.</summary>
    WindowDue,

    /// <summary>Its export in flight possibly having ended.</summary>
    ExportMayEnd,

    /// <summary>An operator: it is paused, or blocked until resumed or reset.</summary>
    Operator,
}
