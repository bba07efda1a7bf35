using IncrementalExport.Core.Contract;


namespace IncrementalExport.Core.Lake.Athena;

/// <summary>The apply chain's item: one per source table, beside its STATE item (sk = LAKE), with its own version.</summary>
internal static class LakeStateKeys
{
    public const string SortKey = "LAKE";
    public const string Chain = "chain";
    public const string Version = StateTableKeys.Version;
}
