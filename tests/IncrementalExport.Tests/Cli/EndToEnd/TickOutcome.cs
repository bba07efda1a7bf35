using System.Text.Json;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>One table's entry in <c>run --json</c> / <c>plan --json</c>: the step and the status after it, in one object.</summary>
internal sealed record TickOutcome(string Step, string Detail, ExportedWindow? Window, string? ExportArn, StatusView Status)
{
    public static TickOutcome From(JsonElement outcome) => new(
        JsonTimes.Text(outcome, "step")!,
        JsonTimes.Text(outcome, "detail") ?? "",
        JsonTimes.Window(JsonTimes.Member(outcome, "window")),
        JsonTimes.Text(outcome, "exportArn"),
        StatusView.From(outcome, outcome.GetRawText()));
}
