using System.Text.Json.Serialization;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// What the function returns. It always serializes to the same camelCase JSON with enum names as strings
/// (see <see cref="InvocationResponseJsonConverter"/>), whatever options the Lambda serializer uses.
/// A rejected payload is <c>{"ok": false, "error": "key: problem"}</c>; nothing was changed.
/// </summary>
[JsonConverter(typeof(InvocationResponseJsonConverter))]
public sealed record InvocationResponse
{
    /// <summary>False only when the payload was rejected.</summary>
    public required bool Ok { get; init; }

    /// <summary>The action carried out: tick, pause, resume, reset, status or history; null when rejected.</summary>
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

    /// <summary>For a tick: the cut-off after which no new export was started.</summary>
    public DateTimeOffset? StopStartingAt { get; init; }

    /// <summary>For a tick: true when the cut-off was reached and some tables were left for the next tick.</summary>
    public bool? StoppedForDeadline { get; init; }

    /// <summary>
    /// For a tick: when the function runs next by the one-time wake-up schedule (null: only the safety-net schedule is
    /// due); for status: the wake-up pending in the state table.
    /// </summary>
    public DateTimeOffset? NextWakeUp { get; init; }

    /// <summary>For a tick: why the wake-up could not be programmed (the safety-net schedule then makes up for it).</summary>
    public string? WakeUpError { get; init; }

    /// <summary>The tables the action touched or reported, in settings order.</summary>
    public IReadOnlyList<TableReport>? Tables { get; init; }

    /// <summary>For history: the table's completed exports in the order a consumer applies them.</summary>
    public IReadOnlyList<CompletedExport>? History { get; init; }

    internal static InvocationResponse Rejected(string error) => new() { Ok = false, Error = error };

    internal static InvocationResponse ForTick(TickReport report, DateTimeOffset stopStartingAt) => new()
    {
        Ok = true,
        Action = "tick",
        Message = report.StoppedForDeadline
            ? $"Stopped starting new exports at {stopStartingAt:O}: the invocation's remaining time was short. "
              + "Tables with step DeadlineReached start on the next tick; exports in flight were still followed."
            : $"Ticked {report.Tables.Count} table(s).",
        StartedAt = report.StartedAt,
        FinishedAt = report.FinishedAt,
        StopStartingAt = stopStartingAt,
        StoppedForDeadline = report.StoppedForDeadline,
        NextWakeUp = report.NextWakeUp,
        Tables = report.Tables.Select(o => TableReport.Of(o) with { Apply = report.Lake.FirstOrDefault(l => l.Table == o.Table)?.State is { } lake ? ApplyStatus.Of(lake, report.FinishedAt) : null }).ToList(),
    };

    internal static InvocationResponse ForStatus(IReadOnlyList<TableStatus> statuses) => new()
    {
        Ok = true,
        Action = "status",
        Message = $"{statuses.Count} table(s).",
        Tables = statuses.Select(TableReport.Of).ToList(),
    };

    internal static InvocationResponse ForOperator(string action, OperatorResult result) => new()
    {
        Ok = true,
        Action = action,
        Message = result.Message,
        Changed = result.Changed,
        Tables = [TableReport.Of(result.Status)],
    };

    internal static InvocationResponse ForHistory(IReadOnlyList<CompletedExport> history) => new()
    {
        Ok = true,
        Action = "history",
        Message = $"{history.Count} completed export(s).",
        History = history,
    };
}
