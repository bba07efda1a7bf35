using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>An export window in a report: a full export has <c>from</c> equal to <c>to</c> (the export time).</summary>
/// <param name="Kind">Full or Incremental.</param>
/// <param name="From">The window's start (inclusive).</param>
/// <param name="To">The window's end (exclusive), or the full export's time.</param>
public sealed record WindowReport(ExportKind Kind, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The window, or null.</summary>
    public static WindowReport? Of(ExportWindow? window) => window is null ? null : new(window.Kind, window.From, window.To);
}
