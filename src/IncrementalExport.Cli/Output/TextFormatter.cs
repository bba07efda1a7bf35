using System.Globalization;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Output;

/// <summary>Aligned columns, one line per table (or export), "-" for nothing; for people, not for parsing.</summary>
internal sealed class TextFormatter : IReportFormatter
{
    public void WriteStatus(TextWriter writer, IReadOnlyList<TableStatus> statuses)
    {
        var table = new TextTable("TABLE", "PHASE", "EPOCH", "WATERMARK", "LAG", "PAUSED", "IN FLIGHT", "LAST ERROR");
        foreach (var status in statuses)
        {
            table.Add(
                status.Table,
                Phase(status),
                status.Epoch.ToString(CultureInfo.InvariantCulture),
                Formats.Time(status.Watermark),
                Formats.Lag(status.Lag),
                status.Paused ? "yes" : "no",
                Formats.InFlight(status.InFlight),
                LastError(status));
        }

        table.WriteTo(writer);
        if (statuses.Any(s => s.Apply is not null))
        {
            // The data lake's apply chain: a second table, so the export columns read the same with the lake on or off.
            writer.WriteLine();
            var lake = new TextTable("TABLE", "APPLIED THROUGH", "APPLIED TO", "APPLY LAG", "APPLYING", "APPLY BLOCKED");
            foreach (var status in statuses.Where(s => s.Apply is not null))
            {
                var a = status.Apply!;
                lake.Add(
                    status.Table,
                    a.AppliedThrough is { } n ? $"epoch {a.Epoch} seq {n}" : "-",
                    Formats.Time(a.AppliedTo),
                    Formats.Lag(a.Lag),
                    Formats.OrNone(a.Applying),
                    Formats.OrNone(a.BlockedReason));
            }

            lake.WriteTo(writer);
        }
    }

    public void WriteTick(TextWriter writer, TickReport report)
    {
        var table = new TextTable("TABLE", "STEP", "WINDOW", "EXPORT ARN", "DETAIL");
        foreach (var outcome in report.Tables)
        {
            table.Add(
                outcome.Table,
                outcome.Step.ToString(),
                Formats.Window(outcome.Window),
                Formats.OrNone(outcome.ExportArn),
                Formats.OrNone(outcome.Detail));
        }

        table.WriteTo(writer);
        if (report.DryRun)
        {
            writer.WriteLine("Plan only: nothing was started or written.");
        }

        if (report.StoppedForDeadline)
        {
            writer.WriteLine("Stopped early: the deadline was reached; the next tick goes on.");
        }

        // What the deployed function would program after this tick (the CLI itself programs nothing).
        if (report.DryRun)
        {
            writer.WriteLine(report.NextWakeUp is { } wake
                ? $"Next wake-up: {Formats.Time(wake)} (the earliest time a table can have work after this tick)."
                : "Next wake-up: none; no table can have work before an operator acts or the safety-net schedule ticks.");
        }
    }

    public void WriteOperator(TextWriter writer, OperatorResult result)
    {
        writer.WriteLine($"{result.Table}: {result.Message}{(result.Changed ? "" : " (nothing changed)")}");
        WriteStatus(writer, [result.Status]);
    }

    public void WriteHistory(TextWriter writer, IReadOnlyList<CompletedExport> history)
    {
        var table = new TextTable("EPOCH", "SEQ", "WINDOW", "ITEMS", "BYTES", "EXPORT ARN", "S3 LOCATION");
        foreach (var entry in history)
        {
            table.Add(
                entry.Epoch.ToString(CultureInfo.InvariantCulture),
                entry.Sequence.ToString(CultureInfo.InvariantCulture),
                Formats.Window(entry.Window),
                entry.ItemCount.ToString(CultureInfo.InvariantCulture),
                entry.BilledSizeBytes.ToString(CultureInfo.InvariantCulture),
                entry.ExportArn,
                $"s3://{entry.S3Bucket}/{entry.S3Prefix}");
        }

        table.WriteTo(writer);
    }

    private static string Phase(TableStatus status)
    {
        var phase = status.Phase == TablePhase.Blocked && status.BlockReason != BlockReason.None
            ? $"Blocked({status.BlockReason})"
            : status.Phase.ToString();
        return status.PendingReset is { } reset
            ? $"{phase}, reset to {(reset.From is { } from ? Formats.Time(from) : "latest")} pending"
            : phase;
    }

    private static string LastError(TableStatus status) =>
        status.ConsecutiveFailures > 0
            ? $"{Formats.OrNone(status.LastError)} (failures in a row: {status.ConsecutiveFailures})"
            : Formats.OrNone(status.LastError);
}
