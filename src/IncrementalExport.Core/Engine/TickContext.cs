using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Engine;

/// <summary>What every table's step in one tick shares.</summary>
internal sealed record TickContext(
    ExportSettings Settings,
    IStateStore Store,
    IExportApi Api,
    TimeProvider Time,
    TickRequest Request,
    InFlightBudget Budget)
{
    /// <summary>True once the invocation should start no new export.</summary>
    public bool PastDeadline => Request.StopStartingAt is { } stop && Time.GetUtcNow() >= stop;
}
