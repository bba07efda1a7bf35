using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;

namespace IncrementalExport.Core.Engine;

/// <summary>
/// The words of every step's detail, from the decision it applied (or, in a dry run, would apply): the one place the
/// report text of a tick is written. <see cref="StateNote"/> adds the state the step left.
/// </summary>
internal static class StepText
{
    public const string Superseded = "another invocation changed the table first";

    public const string SupersededCompletion = "another invocation recorded the completion first";

    public const string WouldReissue = "would re-issue the recorded start request";

    /// <summary>What a follow decision did (<paramref name="applied"/>) or would do.</summary>
    public static string Of(FollowDecision decision, bool applied) => decision switch
    {
        FollowDecision.Reissue => WouldReissue,
        FollowDecision.InProgress p => $"{Window(p.Window)} is in progress",
        FollowDecision.Complete c => applied ? $"recorded {Window(c.Entry.Window)}" : $"would record {Window(c.Entry.Window)} as completed",
        FollowDecision.Fail { Lost: true } f when !applied => $"would record the loss of {Window(f.Window)} ({f.Error})",
        FollowDecision.Fail f when !applied => $"would record the failure of {Window(f.Window)} ({f.Error})",
        FollowDecision.Fail f => Failed(f.Window, f.Next.ConsecutiveFailures, f.Error, f.Blocks),
        FollowDecision.Adopt a => $"DescribeExport does not know {a.LostArn}; the export with the intent's client token is {a.ExportArn}, followed from now on",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "unknown follow decision"),
    };

    /// <summary>What a plan decision did (<paramref name="applied"/>) or would do.</summary>
    public static string Of(PlanDecision decision, bool applied) => decision switch
    {
        PlanDecision.Start s => applied ? Started(s.Window, s.Reason) : $"would start {Window(s.Window)} ({s.Reason})",
        PlanDecision.Wait w => w.Reason,
        PlanDecision.Block b => b.Message,
        PlanDecision.Paused => "paused by an operator: no new export starts",
        PlanDecision.Held h => $"blocked ({h.Reason}): {h.LastError}",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "unknown plan decision"),
    };

    public static string Started(ExportWindow window, string? reason) =>
        reason is null ? $"started {Window(window)}" : $"started {Window(window)} ({reason})";

    public static string Failed(ExportWindow window, int failures, string error, bool blocks) =>
        $"{Window(window)} failed ({failures} in a row): {error}" + (blocks ? "; the table is Blocked until an operator resumes it" : "");

    public static string DeadlineReached(ExportWindow window) => $"time is short: {Window(window)} was not started";

    public static string CapReached(int cap, ExportWindow window) => $"{cap} exports are in flight: {Window(window)} waits";

    public static string TableNotFound(string table, string errorCode) => $"table '{table}' was not found ({errorCode})";

    /// <summary>A step deferred by a throttle or an outage, and whether what this tick wrote before it stands.</summary>
    public static string Deferred(string error, bool wroteBefore) =>
        $"{error}; {(wroteBefore ? "what this tick recorded before it stands" : "nothing changed")}, the next tick retries";

    public static string DeferredStart(string error) => $"{error}; the next tick re-issues the same request";

    public static string UnreadableDeferred(string error) => $"reading the state failed ({error}); nothing changed, the next tick retries; state unknown (not read)";

    public static string Unreadable(string error) => $"reading the state failed: {error}; state unknown (not read)";

    /// <summary>Two steps of one tick in the order they happened.</summary>
    public static string Then(string first, string next) => $"{first}; {next}";

    /// <summary>The detail with the state the step left at its end.</summary>
    public static string WithState(string detail, string stateNote) => $"{detail}; {stateNote}";

    private static string Window(ExportWindow w) => StateNote.Window(w);
}
