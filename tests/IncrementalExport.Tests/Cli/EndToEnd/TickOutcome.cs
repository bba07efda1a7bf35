using System.Text.Json;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>One table's entry in <c>run --json</c> / <c>plan --json</c>.</summary>
internal sealed record TickOutcome(string Step, string Detail, ExportedWindow? Window, string? ExportArn, StatusView Status)
{
    public static TickOutcome From(JsonElement outcome) => new(
        JsonTimes.Text(outcome, "step")!,
        JsonTimes.Text(outcome, "detail") ?? "",
        JsonTimes.Window(outcome.GetProperty("window")),
        JsonTimes.Text(outcome, "exportArn"),
        StatusView.From(outcome.GetProperty("status"), outcome.GetRawText()));
}
