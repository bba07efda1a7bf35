
namespace IncrementalExport.Core.Lake.Athena;

/// <summary>The apply chains' items in the state table: consistent reads, writes conditional on the version read.</summary>
internal interface ILakeStateStore
{
    /// <summary>The stored chain of <paramref name="table"/>, or the empty chain at version 0.</summary>
    Task<LakeChainRead> GetAsync(string table, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="next"/> if the stored version is still <paramref name="expectedVersion"/>; false when another writer got there first.</summary>
    Task<bool> TryWriteAsync(string table, LakeChainState next, long expectedVersion, CancellationToken cancellationToken);
}
