using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>What a tick did for one table, and the table's status after it.</summary>
public sealed record TableOutcome(
    string Table,
    StepKind Step,
    string Detail,
    ExportWindow? Window,
    string? ExportArn,
    TableStatus Status)
{
    /// <summary>The export this tick recorded as completed before its last step, if any.</summary>
    public CompletedExport? Recorded { get; init; }

    /// <summary>
    /// The step was deferred because AWS could not be reached at all (no connection, no credentials or region), not
    /// because AWS pushed back: when every table says so, the setup is broken, not busy.
    /// </summary>
    public bool AwsUnreachable { get; init; }
}
