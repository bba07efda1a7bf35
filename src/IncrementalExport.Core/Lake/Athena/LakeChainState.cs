namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// A table's apply chain: the second watermark (<see cref="Applied"/>, the last history sequence merged), the apply in
/// progress, and its failures. Kept beside the export chain's state; the export chain never reads it.
/// </summary>
/// <param name="Applied">How far the lake is applied (null before the first apply).</param>
/// <param name="Pending">The apply in progress: recorded before its first statement starts.</param>
/// <param name="Attempt">Attempts so far (never reset), part of every ClientRequestToken so a retry after a failure is a new query.</param>
/// <param name="Failures">Consecutive failed attempts of <see cref="Pending"/>'s current statement.</param>
/// <param name="RetryAt">No statement starts before this (backoff after a failure).</param>
/// <param name="BlockedReason">Set when the chain stopped after too many failures: the Athena error. <c>resume</c> clears it.</param>
/// <param name="AppliesSinceCompaction">Merges since the last OPTIMIZE/VACUUM.</param>
public sealed record LakeChainState(
    LakePosition? Applied,
    LakePendingApply? Pending,
    int Attempt,
    int Failures,
    DateTimeOffset? RetryAt,
    string? BlockedReason,
    int AppliesSinceCompaction)
{
    /// <summary>A chain that has applied nothing.</summary>
    public static readonly LakeChainState Empty = new(null, null, 0, 0, null, null, 0);

    /// <summary>The end of the window of the export <see cref="Applied"/> names (its full export's time for sequence 0): what the apply lag is measured from.</summary>
    public DateTimeOffset? AppliedTo { get; init; }

    /// <summary>
    /// The table's key attributes, partition key first, from DescribeTable the first time an epoch needs them, so the
    /// merge matches rows on the table's own keys. A table's key schema never changes, but a table deleted and created
    /// again under its name may have another; that comes back as a new epoch, which asks again.
    /// </summary>
    public IReadOnlyList<string>? KeyNames { get; init; }

    /// <summary>The epoch <see cref="KeyNames"/> were asked for (null in chains stored before it was kept: asked again once).</summary>
    public int? KeyNamesEpoch { get; init; }
}
