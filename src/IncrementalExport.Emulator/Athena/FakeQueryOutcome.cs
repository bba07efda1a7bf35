namespace IncrementalExport.Emulator.Athena;

/// <summary>How a query of the fake Athena ends: its terminal state and StateChangeReason.</summary>
/// <param name="State">SUCCEEDED, FAILED or CANCELLED.</param>
/// <param name="Reason">The StateChangeReason (none on success).</param>
public sealed record FakeQueryOutcome(string State, string? Reason)
{
    /// <summary>What GetQueryResults returns for a SUCCEEDED query: the header row, then the data rows (null: SQL NULL).</summary>
    public IReadOnlyList<IReadOnlyList<string?>> Rows { get; init; } = [];

    /// <summary>SUCCEEDED with <paramref name="rows"/> (header row first), as a SELECT ends.</summary>
    public static FakeQueryOutcome Selected(IReadOnlyList<IReadOnlyList<string?>> rows) => Succeeded with { Rows = rows };

    /// <summary>SUCCEEDED.</summary>
    public static readonly FakeQueryOutcome Succeeded = new("SUCCEEDED", null);

    /// <summary>FAILED with <paramref name="reason"/>, e.g. an Athena error message.</summary>
    public static FakeQueryOutcome Failed(string reason) => new("FAILED", reason);

    /// <summary>CANCELLED with <paramref name="reason"/> (as the workgroup's bytes-scanned cutoff does).</summary>
    public static FakeQueryOutcome Cancelled(string reason) => new("CANCELLED", reason);
}
