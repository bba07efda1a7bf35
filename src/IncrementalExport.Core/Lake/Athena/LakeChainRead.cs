
namespace IncrementalExport.Core.Lake.Athena;

/// <summary>A table's apply chain as stored, with the version a conditional write expects (0: no item yet).</summary>
internal sealed record LakeChainRead(LakeChainState State, long Version);
