using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IncrementalExport.Core.Reports;

/// <summary>Writes reports with <see cref="ReportJsonContext"/> and the one encoder, compact or indented.</summary>
public static class ReportJson
{
    /// <summary>
    /// The encoder of every report writer. Reports go to terminals, pipes, files and logs, never into HTML: quotes, '+'
    /// and apostrophes in messages stay readable instead of becoming \u0022, \u002B and \u0027.
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The writer options of reports: the one encoder, indented for people or compact for machines and logs.</summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new() { Encoder = Encoder, Indented = indented };

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(ActionReport report, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            JsonSerializer.Serialize(writer, report, ReportJsonContext.Default.ActionReport);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a report written by <see cref="Serialize"/>.</summary>
    public static ActionReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.ActionReport) ?? throw new JsonException("the report is null");

    /// <summary>Writes one table's report as the value of a member the caller opened (a log line's "report").</summary>
    public static void Write(Utf8JsonWriter writer, TableReport report) =>
        JsonSerializer.Serialize(writer, report, ReportJsonContext.Default.TableReport);
}
