using System.Text.Json;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>One entry of <c>history --json</c>.</summary>
internal sealed record HistoryRow(int Epoch, int Sequence, ExportedWindow Window, string ExportArn, string S3Prefix)
{
    public static IReadOnlyList<HistoryRow> ParseAll(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("history").EnumerateArray().Select(e => new HistoryRow(
            e.GetProperty("epoch").GetInt32(),
            e.GetProperty("sequence").GetInt32(),
            new ExportedWindow(JsonTimes.Text(e, "kind")!, JsonTimes.Time(e, "from")!.Value, JsonTimes.Time(e, "to")!.Value),
            JsonTimes.Text(e, "exportArn")!,
            JsonTimes.Text(e, "s3Prefix")!)).ToList();
    }
}
