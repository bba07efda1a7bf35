using System.Text.Json;
using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>Typed reads of a JSON 1.0 request body, failing the way DynamoDB does (SerializationException for a
/// wrong JSON type, ValidationException for a missing or out-of-set member).</summary>
internal readonly struct JsonRequest(JsonElement element)
{
    public static JsonRequest Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            var root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object ? new JsonRequest(root) : throw Serialization("The request body is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw Serialization($"The request body is not valid JSON: {e.Message}");
        }
    }

    public string? String(string name) => Get(name, JsonValueKind.String)?.GetString();

    public string RequiredString(string name) =>
        String(name) ?? throw FakeServiceException.Validation(
            $"1 validation error detected: Value null at '{Camel(name)}' failed to satisfy constraint: Member must not be null");

    public string Enum(string name, string defaultValue, params string[] allowed)
    {
        var value = String(name) ?? defaultValue;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw FakeServiceException.Validation(
                $"1 validation error detected: Value '{value}' at '{Camel(name)}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
    }

    public bool? Bool(string name) => Get(name, JsonValueKind.True, JsonValueKind.False)?.GetBoolean();

    public int? Int(string name) =>
        Get(name, JsonValueKind.Number) is { } n
            ? n.TryGetInt32(out var value) ? value : throw Serialization($"{name} is not an integer.")
            : null;

    /// <summary>Timestamps travel as epoch seconds, fractions allowed; AWS keeps millisecond precision.</summary>
    public DateTimeOffset? Time(string name) =>
        Get(name, JsonValueKind.Number) is { } n
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(n.GetDecimal() * 1000m, MidpointRounding.AwayFromZero))
            : null;

    public JsonRequest? Object(string name) => Get(name, JsonValueKind.Object) is { } o ? new JsonRequest(o) : null;

    private JsonElement? Get(string name, params JsonValueKind[] kinds)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return kinds.Contains(value.ValueKind) ? value : throw Serialization($"Unexpected JSON type for {name}: {value.ValueKind}.");
    }

    private static FakeServiceException Serialization(string message) => new("SerializationException", message);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
