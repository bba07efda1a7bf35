namespace IncrementalExport.Core.Engine;

/// <summary>The result of pause, resume or reset on one table.</summary>
public sealed record OperatorResult(string Table, bool Changed, string Message, TableStatus Status);
