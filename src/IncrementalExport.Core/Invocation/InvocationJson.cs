using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncrementalExport.Core.Invocation;

/// <summary>The one JSON shape of responses and log lines: camelCase, enum names as strings, nulls left out.</summary>
internal static class InvocationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
