using System.Text.Encodings.Web;
using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Output;

/// <summary>
/// JSON for scripts. Written property by property rather than by serializing the engine's records, so the names
/// documented in docs/cli.md stay stable when those records grow. Times are ISO-8601 UTC strings, enums their names.
/// </summary>
internal sealed class JsonFormatter : IReportFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Output goes to a terminal or a pipe, never into HTML: keep quotes and '+' readable in error messages.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void WriteStatus(TextWriter writer, IReadOnlyList<TableStatus> statuses) =>
        Write(writer, json => WriteArray(json, statuses, StatusJson.Write));

    public void WriteTick(TextWriter writer, TickReport report) => Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("startedAt", Formats.Time(report.StartedAt));
        json.WriteString("finishedAt", Formats.Time(report.FinishedAt));
        json.WriteBoolean("dryRun", report.DryRun);
        json.WriteBoolean("stoppedForDeadline", report.StoppedForDeadline);
        json.WriteString("nextWakeUp", report.NextWakeUp is { } wake ? Formats.Time(wake) : null);
        json.WritePropertyName("tables");
        WriteArray(json, report.Tables, WriteOutcome);
        json.WriteEndObject();
    });

    public void WriteOperator(TextWriter writer, OperatorResult result) => Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("table", result.Table);
        json.WriteBoolean("changed", result.Changed);
        json.WriteString("message", result.Message);
        json.WritePropertyName("status");
        StatusJson.Write(json, result.Status);
        json.WriteEndObject();
    });

    public void WriteHistory(TextWriter writer, IReadOnlyList<CompletedExport> history) =>
        Write(writer, json => WriteArray(json, history, WriteEntry));

    private static void WriteOutcome(Utf8JsonWriter json, TableOutcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("table", outcome.Table);
        json.WriteString("step", outcome.Step.ToString());
        json.WriteString("detail", outcome.Detail);
        json.WritePropertyName("window");
        StatusJson.WriteWindow(json, outcome.Window);
        json.WriteString("exportArn", outcome.ExportArn);
        json.WritePropertyName("status");
        StatusJson.Write(json, outcome.Status);
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, CompletedExport entry)
    {
        json.WriteStartObject();
        json.WriteString("table", entry.Table);
        json.WriteNumber("epoch", entry.Epoch);
        json.WriteNumber("sequence", entry.Sequence);
        StatusJson.WriteWindowFields(json, entry.Window);
        json.WriteString("exportArn", entry.ExportArn);
        json.WriteString("s3Bucket", entry.S3Bucket);
        json.WriteString("s3BucketOwner", entry.S3BucketOwner);
        json.WriteString("exportFormat", entry.ExportFormat == Core.Model.ExportFormat.Ion ? "ION" : "DYNAMODB_JSON");
        json.WriteString("viewType", entry.ViewType switch
        {
            null => null,
            Core.Model.ExportViewType.NewImage => "NEW_IMAGE",
            _ => "NEW_AND_OLD_IMAGES",
        });
        json.WriteString("s3Prefix", entry.S3Prefix);
        json.WriteString("manifestKey", entry.ManifestKey);
        json.WriteNumber("itemCount", entry.ItemCount);
        json.WriteNumber("billedSizeBytes", entry.BilledSizeBytes);
        StatusJson.WriteTime(json, "startedAt", entry.StartedAt);
        StatusJson.WriteTime(json, "endedAt", entry.EndedAt);
        json.WriteString("recordedAt", Formats.Time(entry.RecordedAt));
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    private static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
