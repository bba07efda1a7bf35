using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.State;

/// <summary>One table's state as a tick read it: the state (a new table's when none is stored), or why it could not be read.</summary>
internal sealed record StateRead(TableState? State, Exception? Error);
