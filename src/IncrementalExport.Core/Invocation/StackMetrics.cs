using System.Buffers;
using System.Text;
using System.Text.Json;
using IncrementalExport.Core.Contract;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Reports;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// One CloudWatch Embedded Metric Format line per tick with the stack-level metrics of <see cref="MetricNames"/>:
/// a fixed number of metrics whatever the number of tables. The line is one JSON object: "_aws" {Timestamp (epoch
/// ms), CloudWatchMetrics: [{Namespace, Dimensions: [["StateTable"]], Metrics: [{Name, Unit}]}]} and, at the root,
/// the dimension value and one number per declared metric (the spec requires every declared member at the root, so
/// MaxLagSeconds is declared only when some table has a lag).
/// </summary>
internal static class StackMetrics
{
    private const string SecondsUnit = "Seconds";
    private const string CountUnit = "Count";

    /// <summary>The metric values of a tick's response.</summary>
    public static IReadOnlyList<(string Name, string Unit, double Value)> Values(ActionReport tick)
    {
        var tables = tick.Tables ?? [];
        var values = new List<(string, string, double)>();
        var lags = tables.Where(t => t.LagSeconds is not null).Select(t => (double)Math.Max(t.LagSeconds!.Value, 0)).ToList();
        if (lags.Count > 0)
        {
            values.Add((MetricNames.MaxLagSeconds, SecondsUnit, lags.Max()));
        }

        values.Add((MetricNames.BlockedTables, CountUnit, tables.Count(t => t.Phase == TablePhase.Blocked)));
        values.Add((MetricNames.ExportsStarted, CountUnit, tables.Count(t => t.Step is StepKind.StartedFull or StepKind.StartedIncremental)));
        values.Add((MetricNames.ExportsCompleted, CountUnit, tables.Count(t => t.Step == StepKind.Completed || t.Recorded is not null)));
        values.Add((MetricNames.ExportsFailed, CountUnit, tables.Count(t => t.Step == StepKind.Failed)));
        values.Add((MetricNames.TableErrors, CountUnit, tables.Count(t => t.Step == StepKind.Error)));
        if (tick is { NextWakeUp: { } wake, FinishedAt: { } finished })
        {
            values.Add((MetricNames.NextWakeUpSeconds, SecondsUnit, Math.Max((wake - finished).TotalSeconds, 0)));
        }

        values.Add((MetricNames.WakeUpErrors, CountUnit, tick.WakeUpError is null ? 0 : 1));
        var applies = tables.Where(t => t.Apply is not null).Select(t => t.Apply!).ToList();
        if (applies.Count > 0)
        {
            // Only with the lake on, so a stack without it declares no apply metrics.
            var applyLags = applies.Where(a => a.LagSeconds is not null).Select(a => Math.Max((double)a.LagSeconds!.Value, 0)).ToList();
            if (applyLags.Count > 0)
            {
                values.Add((MetricNames.MaxApplyLagSeconds, SecondsUnit, applyLags.Max()));
            }

            values.Add((MetricNames.ApplyBlockedTables, CountUnit, applies.Count(a => a.BlockedReason is not null)));
        }

        return values;
    }

    /// <summary>The EMF document for a tick of the environment whose state table is <paramref name="stateTable"/>.</summary>
    public static string Line(ActionReport tick, string stateTable, DateTimeOffset timestamp)
    {
        var values = Values(tick);
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
            writer.WriteStringValue(MetricNames.StackDimension);
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
            writer.WriteString(MetricNames.StackDimension, stateTable);
            foreach (var (name, _, value) in values)
            {
                writer.WriteNumber(name, value);
            }

            // Not a metric: lets a log query find the metrics line of a tick.
            writer.WriteString("event", "tickMetrics");
            writer.WriteNumber("tables", tick.Tables?.Count ?? 0);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
