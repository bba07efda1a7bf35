using System.Text.Json;

namespace IncrementalExport.Core.Lake;

/// <summary>
/// The shape rules of one data line: a full export's line is {"Item":{…}}; an incremental export's line has
/// "Keys" and "Metadata"."WriteTimestampMicros" (as {"N":"…"}, a number or a string of digits), and "NewImage" unless
/// it deletes. Checking every line before anything is applied is what lets an error name the file and line.
/// </summary>
public static class ExportLine
{
    /// <summary>Null when the line is good; otherwise why it is not. <paramref name="keyNames"/> collects the key attributes seen.</summary>
    public static string? Check(string line, bool incremental, ISet<string> keyNames)
    {
        ArgumentNullException.ThrowIfNull(keyNames);
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            if (!incremental)
            {
                return IsObject(root, "Item") ? null : "a full export line needs an \"Item\" object";
            }

            if (!IsObject(root, "Keys"))
            {
                return "an incremental export line needs a \"Keys\" object";
            }

            foreach (var key in root.GetProperty("Keys").EnumerateObject())
            {
                keyNames.Add(key.Name);
            }

            if (root.TryGetProperty("NewImage", out var image) && image.ValueKind != JsonValueKind.Object)
            {
                return "\"NewImage\" is not an object";
            }

            return WriteTimestamp(root) is null ? "\"Metadata\".\"WriteTimestampMicros\" is missing or not an integer" : null;
        }
        catch (JsonException e)
        {
            return "not valid JSON: " + e.Message;
        }
    }

    private static long? WriteTimestamp(JsonElement root)
    {
        if (!root.TryGetProperty("Metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty("WriteTimestampMicros", out var stamp))
        {
            return null;
        }

        if (stamp.ValueKind == JsonValueKind.Object && stamp.TryGetProperty("N", out var n))
        {
            stamp = n;
        }

        return stamp.ValueKind switch
        {
            JsonValueKind.Number when stamp.TryGetInt64(out var value) => value,
            JsonValueKind.String when long.TryParse(stamp.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) => value,
            _ => null,
        };
    }

    private static bool IsObject(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object;
}
