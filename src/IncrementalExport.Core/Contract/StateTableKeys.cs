namespace IncrementalExport.Core.Contract;

/// <summary>
/// The state table's key schema, shared by the stack that creates the table and the engine that reads and writes it:
/// a string partition key and a string sort key (the items under them: docs/state-table.md).
/// </summary>
public static class StateTableKeys
{
    /// <summary>The partition key attribute (type S).</summary>
    public const string PartitionKey = "pk";

    /// <summary>The sort key attribute (type S).</summary>
    public const string SortKey = "sk";

    /// <summary>
    /// The number every item of the engine carries and every write is conditional on (optimistic locking). Not a key
    /// of the table, but named here so the state, wake-up and lake items cannot spell it three ways.
    /// </summary>
    public const string Version = "version";
}
