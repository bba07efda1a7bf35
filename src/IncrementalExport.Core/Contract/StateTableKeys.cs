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
}
