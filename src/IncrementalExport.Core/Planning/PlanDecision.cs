using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>What the planner decides for a table with nothing in flight.</summary>
internal abstract record PlanDecision
{
    private PlanDecision()
    {
    }

    /// <summary>Start nothing now.</summary>
    public sealed record Wait(string Reason) : PlanDecision;

    /// <summary>Start this export; <paramref name="NewEpoch"/> when it is a full export that begins a new chain.</summary>
    public sealed record Start(ExportWindow Window, bool NewEpoch, string Reason) : PlanDecision;

    /// <summary>Stop the table until the condition clears or an operator acts.</summary>
    public sealed record Block(BlockReason Reason, string Message) : PlanDecision;
}
