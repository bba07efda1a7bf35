using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncrementalExport.Stack;

/// <summary>An IAM policy document, serialized rather than written as a string so every ARN is escaped and typed.</summary>
internal sealed record PolicyDocument(IReadOnlyList<PolicyStatement> Statement)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Readable in the console and in `pulumi preview` diffs; IAM reads either escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "2012-10-17";

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
