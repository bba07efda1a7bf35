namespace IncrementalExport.Core.Engine;

/// <summary>
/// Another invocation wrote a table's apply chain between this tick's read and its conditional write: this tick leaves
/// the table to that invocation (the chain's steps are idempotent, so the next tick goes on from what was written).
/// </summary>
internal sealed class LakeChainMovedException : Exception
{
    public LakeChainMovedException()
    {
    }

    public LakeChainMovedException(string message)
        : base(message)
    {
    }

    public LakeChainMovedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exception for <paramref name="table"/>.</summary>
    public static LakeChainMovedException Of(string table) =>
        new($"the apply chain of '{table}' was changed by another invocation; this tick leaves it");
}
