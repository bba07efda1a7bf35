namespace IncrementalExport.Emulator.Endpoint;

/// <summary>What the emulator needs of a table that lives in dynalite.</summary>
/// <param name="KeyNames">The key attributes: the partition key, then the sort key if any.</param>
internal sealed record DynaliteTable(string Name, string Arn, DateTimeOffset CreatedAt, IReadOnlyList<string> KeyNames);
