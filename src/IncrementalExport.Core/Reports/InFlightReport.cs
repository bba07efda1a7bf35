using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>The export in flight in a report: its window's members, then what was asked of AWS.</summary>
/// <param name="Kind">Full or Incremental.</param>
/// <param name="From">The window's start.</param>
/// <param name="To">The window's end, or the full export's time.</param>
/// <param name="ExportArn">The export's ARN; null while only the intent to start it is recorded.</param>
/// <param name="Attempt">Which attempt at this window it is.</param>
/// <param name="S3Prefix">The S3 prefix the request names.</param>
/// <param name="RequestedAt">When the intent was recorded.</param>
public sealed record InFlightReport(ExportKind Kind, DateTimeOffset From, DateTimeOffset To, string? ExportArn, int Attempt, string S3Prefix, DateTimeOffset RequestedAt)
{
    /// <summary>The export, or null.</summary>
    public static InFlightReport? Of(InFlightExport? export) => export is null
        ? null
        : new(export.Window.Kind, export.Window.From, export.Window.To, export.ExportArn, export.Attempt, export.S3Prefix, export.RequestedAt);
}
