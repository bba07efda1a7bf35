using System.Text.Json;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>One table's <c>status --json</c> entry; <see cref="Json"/> is the command's whole output, to compare states exactly.</summary>
internal sealed record StatusView(
    string Phase,
    string? BlockReason,
    int Epoch,
    DateTimeOffset? Watermark,
    long? LagSeconds,
    bool Paused,
    ExportedWindow? InFlight,
    string? InFlightArn,
    string? LastError,
    int ConsecutiveFailures,
    bool ResetPending,
    DateTimeOffset? ResetFrom,
    string Json)
{
    public static StatusView From(JsonElement status, string json)
    {
        var inFlight = JsonTimes.Member(status, "inFlight");
        var reset = JsonTimes.Member(status, "pendingReset");
        return new StatusView(
            JsonTimes.Text(status, "phase")!,
            JsonTimes.Text(status, "blockReason"),
            status.GetProperty("epoch").GetInt32(),
            JsonTimes.Time(status, "watermark"),
            JsonTimes.Member(status, "lagSeconds") is { ValueKind: JsonValueKind.Number } lag ? lag.GetInt64() : null,
            status.GetProperty("paused").GetBoolean(),
            JsonTimes.Window(inFlight),
            inFlight.ValueKind == JsonValueKind.Object ? JsonTimes.Text(inFlight, "exportArn") : null,
            JsonTimes.Text(status, "lastError"),
            status.GetProperty("consecutiveFailures").GetInt32(),
            reset.ValueKind == JsonValueKind.Object,
            reset.ValueKind == JsonValueKind.Object ? JsonTimes.Time(reset, "from") : null,
            json);
    }
}
