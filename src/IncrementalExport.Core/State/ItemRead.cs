namespace IncrementalExport.Core.State;

/// <summary>One table's item as a batch read it: its value (the absent item's when none is stored), or why it could not be read.</summary>
internal sealed record ItemRead<T>(T? Value, Exception? Error)
    where T : class;
