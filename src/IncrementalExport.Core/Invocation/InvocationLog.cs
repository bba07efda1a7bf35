using System.Buffers;
using System.Text;
using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;
using IncrementalExport.Core.Wake;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// The function's structured log: one JSON object per line ({"timestamp", "level", "event", ...}) so that
/// CloudWatch Logs Insights and Contributor Insights can filter on any field; a tableTick line per table names the
/// table (metrics are stack-level, see StackMetrics).
/// </summary>
internal sealed class InvocationLog(TextWriter output)
{
    public void Rejected(DateTimeOffset at, string error) =>
        Write(at, "ERROR", "payloadRejected", w => w.WriteString("error", error));

    public void Tick(TickReport report, DateTimeOffset stopStartingAt)
    {
        foreach (var outcome in report.Tables.Where(o => !report.LeftAlone.Contains(o.Table)))
        {
            var level = outcome.Step is StepKind.Failed or StepKind.Blocked ? "WARN" : "INFO";
            Write(report.FinishedAt, level, "tableTick", w =>
            {
                w.WritePropertyName("report");
                ReportJson.Write(w, TableReport.Of(outcome));
            });
        }

        if (report.StoppedForDeadline)
        {
            Write(report.FinishedAt, "WARN", "stoppedForDeadline", w => w.WriteString("stopStartingAt", TimeFormat.Iso(stopStartingAt)));
        }
    }

    public void WakeUp(DateTimeOffset at, WakeUpResult result) =>
        Write(at, result.Error is null ? "INFO" : "WARN", "wakeUp", w =>
        {
            if (result.Pending is { } pending)
            {
                w.WriteString("nextWakeUp", TimeFormat.Iso(pending));
            }

            w.WriteBoolean("programmed", result.Programmed);
            if (result.Error is { } error)
            {
                w.WriteString("error", error);
            }
        });

    public void Completed(DateTimeOffset at, ActionReport response) =>
        Write(at, "INFO", "invocation", w =>
        {
            w.WriteString("action", response.Action);
            w.WriteString("message", response.Message);
            if (response.Changed is { } changed)
            {
                w.WriteBoolean("changed", changed);
            }

            w.WriteNumber("tables", response.Tables?.Count ?? 0);
        });

    private void Write(DateTimeOffset at, string level, string name, Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ReportJson.WriterOptions(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("timestamp", TimeFormat.Iso(at));
            writer.WriteString("level", level);
            writer.WriteString("event", name);
            members(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
