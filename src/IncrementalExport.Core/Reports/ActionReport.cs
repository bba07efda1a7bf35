using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>
/// What one action reports: the function's response, and what the CLI's --json prints for the same action
/// (docs/reports.md). Members that do not belong to the action are left out. A payload the function rejected is
/// <c>{"ok": false, "error": "key: problem"}</c>; nothing was changed.
/// </summary>
public sealed record ActionReport
{
    /// <summary>False only when the payload was rejected.</summary>
    public required bool Ok { get; init; }

    /// <summary>The action carried out: tick, plan, pause, resume, reset, status or history; null when rejected.</summary>
    public string? Action { get; init; }

    /// <summary>Why the payload was rejected, as "key: problem".</summary>
    public string? Error { get; init; }

    /// <summary>A sentence for the operator: what happened, and for a tick whether it stopped early.</summary>
    public string? Message { get; init; }

    /// <summary>For pause, resume and reset: whether the table's state changed.</summary>
    public bool? Changed { get; init; }

    /// <summary>For a tick: when the engine started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>For a tick: when the engine finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>For a tick of the function: the cut-off after which no new export was started.</summary>
    public DateTimeOffset? StopStartingAt { get; init; }

    /// <summary>For a plan: true (nothing was started or written); left out otherwise.</summary>
    public bool? DryRun { get; init; }

    /// <summary>For a tick: true when the cut-off was reached and some tables were left for the next tick.</summary>
    public bool? StoppedForDeadline { get; init; }

    /// <summary>
    /// For a tick: when the function runs next by the one-time wake-up schedule (null: only the safety-net schedule is
    /// due); for the function's status: the wake-up pending in the state table.
    /// </summary>
    public DateTimeOffset? NextWakeUp { get; init; }

    /// <summary>For a tick of the function: why the wake-up could not be programmed (the safety-net schedule then makes up for it).</summary>
    public string? WakeUpError { get; init; }

    /// <summary>The tables the action touched or reported, in settings order.</summary>
    public IReadOnlyList<TableReport>? Tables { get; init; }

    /// <summary>For history: the table's completed exports in the order a consumer applies them.</summary>
    public IReadOnlyList<HistoryEntry>? History { get; init; }

    /// <summary>A rejected request: only the error.</summary>
    public static ActionReport Rejected(string error) => new() { Ok = false, Error = error };

    /// <summary>
    /// A tick (or, when <see cref="TickReport.DryRun"/>, a plan); <paramref name="stopStartingAt"/> is the function's
    /// cut-off, null where there is none.
    /// </summary>
    public static ActionReport ForTick(TickReport report, DateTimeOffset? stopStartingAt = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new()
        {
            Ok = true,
            Action = report.DryRun ? "plan" : "tick",
            Message = TickMessage(report, stopStartingAt),
            StartedAt = report.StartedAt,
            FinishedAt = report.FinishedAt,
            StopStartingAt = stopStartingAt,
            DryRun = report.DryRun ? true : null,
            StoppedForDeadline = report.StoppedForDeadline,
            NextWakeUp = report.NextWakeUp,
            Tables = [.. report.Tables.Select(TableReport.Of)],
        };
    }

    /// <summary>The status of some tables.</summary>
    public static ActionReport ForStatus(IReadOnlyList<TableStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return new() { Ok = true, Action = "status", Message = $"{statuses.Count} table(s).", Tables = [.. statuses.Select(TableReport.Of)] };
    }

    /// <summary>Pause, resume or reset (<paramref name="action"/>) of one table.</summary>
    public static ActionReport ForOperator(string action, OperatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new() { Ok = true, Action = action, Message = result.Message, Changed = result.Changed, Tables = [TableReport.Of(result.Status)] };
    }

    /// <summary>A table's export history.</summary>
    public static ActionReport ForHistory(IReadOnlyList<CompletedExport> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new() { Ok = true, Action = "history", Message = $"{history.Count} completed export(s).", History = [.. history.Select(HistoryEntry.Of)] };
    }

    private static string TickMessage(TickReport report, DateTimeOffset? stopStartingAt) => report switch
    {
        { StoppedForDeadline: true } =>
            $"Stopped starting new exports at {(stopStartingAt is { } at ? TimeFormat.Iso(at) : "the cut-off")}: the invocation's remaining time was short. "
            + "Tables with step DeadlineReached start on the next tick; exports in flight were still followed.",
        { DryRun: true } => $"Planned {report.Tables.Count} table(s): what a tick would do now; nothing was started or written.",
        _ => $"Ticked {report.Tables.Count} table(s).",
    };
}
