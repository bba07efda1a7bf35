using System.Buffers;
using System.Text;
using System.Text.Json;
using IncrementalExport.Core.Deployment;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// CloudWatch Embedded Metric Format lines, one per table per tick. Each line is a log event that is one JSON
/// object: "_aws" {Timestamp (epoch ms), CloudWatchMetrics: [{Namespace, Dimensions: [["Table"]], Metrics: [{Name, Unit}]}]}
/// and, at the root, the "Table" dimension value and one number per declared metric (the spec requires every
/// declared metric and dimension to be a root member, so LagSeconds is declared only when the lag is known).
/// </summary>
internal static class EmfMetrics
{
    private const string SecondsUnit = "Seconds";
    private const string CountUnit = "Count";

    /// <summary>The metric values a tick's outcome for one table stands for.</summary>
    public static IReadOnlyList<(string Name, string Unit, double Value)> Values(TableOutcome outcome)
    {
        var values = new List<(string, string, double)>();
        if (outcome.Status.Lag is { } lag)
        {
            values.Add((MetricNames.LagSeconds, SecondsUnit, Math.Max(lag.TotalSeconds, 0)));
        }

        var started = outcome.Step is StepKind.StartedFull or StepKind.StartedIncremental;
        values.Add((MetricNames.ExportsStarted, CountUnit, started ? 1 : 0));
        values.Add((MetricNames.ExportsCompleted, CountUnit, outcome.Step == StepKind.Completed || outcome.Recorded is not null ? 1 : 0));
        values.Add((MetricNames.ExportsFailed, CountUnit, outcome.Step == StepKind.Failed ? 1 : 0));
        values.Add((MetricNames.Blocked, CountUnit, outcome.Status.Phase == TablePhase.Blocked ? 1 : 0));
        return values;
    }

    /// <summary>The EMF document for one table's outcome, stamped <paramref name="timestamp"/>.</summary>
    public static string Line(TableOutcome outcome, DateTimeOffset timestamp)
    {
        var values = Values(outcome);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("_aws");
            writer.WriteNumber("Timestamp", timestamp.ToUnixTimeMilliseconds());
            writer.WriteStartArray("CloudWatchMetrics");
            writer.WriteStartObject();
            writer.WriteString("Namespace", MetricNames.Namespace);
            writer.WriteStartArray("Dimensions");
            writer.WriteStartArray();
            writer.WriteStringValue(MetricNames.TableDimension);
            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteStartArray("Metrics");
            foreach (var (name, unit, _) in values)
            {
                writer.WriteStartObject();
                writer.WriteString("Name", name);
                writer.WriteString("Unit", unit);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteString(MetricNames.TableDimension, outcome.Table);
            foreach (var (name, _, value) in values)
            {
                writer.WriteNumber(name, value);
            }

            // Not a metric: lets a log query tell why the counts are what they are.
            writer.WriteString("step", outcome.Step.ToString());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
