using System.Text.Json;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The apply chain's state as one JSON attribute: the recorded apply carries its statements, which only this chain
/// reads, so they are kept whole rather than spread over attributes. Mapped in this one class.
/// </summary>
internal static class LakeChainJson
{
    // IncludeFields: an export in an apply is a value tuple (Sequence, Partition), whose members are fields.
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    public static string Write(LakeChainState state) => JsonSerializer.Serialize(state, Options);

    public static LakeChainState Read(string json) =>
        JsonSerializer.Deserialize<LakeChainState>(json, Options) ?? throw new InvalidDataException("lake chain item holds null");
}
