using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Engine;

/// <summary>Plans and starts a table with nothing in flight from <paramref name="state"/>: how a withdrawn start is planned again.</summary>
internal delegate Task<StepResult> Replan(TableState state, CancellationToken cancellationToken);
