using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>What the planner decides for a table with nothing in flight (the follow path's counterpart is <see cref="FollowDecision"/>).</summary>
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

    /// <summary>Paused by an operator: start nothing, ask AWS nothing.</summary>
    public sealed record Paused : PlanDecision;

    /// <summary>Blocked by a rule only an operator clears (<see cref="WindowPlanner.Hold"/>): start nothing, ask AWS nothing, write nothing.</summary>
    public sealed record Held(BlockReason Reason, string? LastError) : PlanDecision;
}
