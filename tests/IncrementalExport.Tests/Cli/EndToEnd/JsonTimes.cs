using System.Globalization;
using System.Text.Json;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>Reads the CLI's JSON values: times are ISO-8601 UTC strings with Z, absent values null.</summary>
internal static class JsonTimes
{
    public static DateTimeOffset? Time(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value
            ? DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;

    public static string? Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static ExportedWindow? Window(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? new ExportedWindow(Text(element, "kind")!, Time(element, "from")!.Value, Time(element, "to")!.Value)
            : null;
}
