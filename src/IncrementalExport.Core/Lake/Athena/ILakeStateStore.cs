using IncrementalExport.Core.Aws;
using IncrementalExport.Core.State;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>The apply chains' items in the state table: consistent reads, writes conditional on the version read.</summary>
internal interface ILakeStateStore
{
    /// <summary>The stored chain of <paramref name="table"/>, or the empty chain at version 0.</summary>
    Task<LakeChainRead> GetAsync(string table, CancellationToken cancellationToken);

    /// <summary>The chains of <paramref name="tables"/>; a table whose item could not be read carries the error.</summary>
    async Task<IReadOnlyDictionary<string, ItemRead<LakeChainRead>>> GetManyAsync(IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var reads = new Dictionary<string, ItemRead<LakeChainRead>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            try
            {
                reads[table] = new ItemRead<LakeChainRead>(await GetAsync(table, cancellationToken), null);
            }
            catch (Exception e) when (e is AwsCallException or InvalidDataException)
            {
                reads[table] = new ItemRead<LakeChainRead>(null, e);
            }
        }

        return reads;
    }

    /// <summary>Stores <paramref name="next"/> if the stored version is still <paramref name="expectedVersion"/>; false when another writer got there first.</summary>
    Task<bool> TryWriteAsync(string table, LakeChainState next, long expectedVersion, CancellationToken cancellationToken);
}
