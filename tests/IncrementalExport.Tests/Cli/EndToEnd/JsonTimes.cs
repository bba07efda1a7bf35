using System.Globalization;
using System.Text.Json;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Reads the CLI's JSON values: times are ISO-8601 UTC strings with Z; a member without a value is left out.</summary>
internal static class JsonTimes
{
    public static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The member, or an undefined element when it was left out.</summary>
    public static JsonElement Member(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value : default;

    public static ExportedWindow? Window(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? new ExportedWindow(Text(element, "kind")!, Time(element, "from")!.Value, Time(element, "to")!.Value)
            : null;
}
