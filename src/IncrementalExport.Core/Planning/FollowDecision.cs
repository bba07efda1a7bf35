using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>What the follow planner decides for a table with an export in flight (the start path's counterpart is <see cref="PlanDecision"/>).</summary>
internal abstract record FollowDecision
{
    private FollowDecision()
    {
    }

    /// <summary>The start was recorded but AWS never accepted it (a crash, a deferred call): send the recorded request again.</summary>
    /// <param name="Intent">The recorded request.</param>
    /// <param name="Note">Why it is sent although the table is paused, when it is.</param>
    public sealed record Reissue(InFlightExport Intent, string? Note) : FollowDecision;

    /// <summary>The export is still running: nothing to write.</summary>
    public sealed record InProgress(ExportWindow Window, string ExportArn) : FollowDecision;

    /// <summary>The export completed: write <paramref name="Entry"/> to the history, then <paramref name="Next"/> (the watermark at its end).</summary>
    public sealed record Complete(TableState Next, CompletedExport Entry) : FollowDecision;

    /// <summary>
    /// The export failed, or AWS does not know it and no export carries its token (<paramref name="Lost"/>): write <paramref name="Next"/>
    /// (one more failure in a row, the same window retried; Blocked at the limit).
    /// </summary>
    public sealed record Fail(ExportWindow Window, string ExportArn, string Error, bool Lost, TableState Next) : FollowDecision
    {
        /// <summary>Whether this failure reaches maxConsecutiveFailures and blocks the table.</summary>
        public bool Blocks => Next.BlockReason == BlockReason.ExportFailures;
    }

    /// <summary>
    /// AWS does not know <paramref name="LostArn"/>, but the export with the intent's client token is <paramref name="ExportArn"/>:
    /// follow that one from now on (write <paramref name="Next"/>; null when the recorded ARN is already that one).
    /// </summary>
    public sealed record Adopt(ExportWindow Window, string LostArn, string ExportArn, TableState? Next) : FollowDecision;
}
