namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>What DescribeTable shows of a table registered on the fake (not in dynalite).</summary>
internal sealed record RegisteredTable(string Name, string Arn, string TableId, DateTimeOffset CreatedAt, long ItemCount);
