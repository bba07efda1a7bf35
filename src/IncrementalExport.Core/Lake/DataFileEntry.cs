using System.Globalization;
using System.Text.Json;

namespace IncrementalExport.Core.Lake;

/// <summary>One line of manifest-files.json: a data file, its MD5 (base64, or hex) and its item count.</summary>
public sealed record DataFileEntry(string Key, string Md5Checksum, long ItemCount)
{
    /// <summary>Parses manifest-files.json (JSON lines) at <paramref name="key"/>; an error names the key and the line.</summary>
    public static IReadOnlyList<DataFileEntry> ParseAll(string jsonLines, string key)
    {
        var entries = new List<DataFileEntry>();
        var lines = jsonLines.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{key} line {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                entries.Add(new DataFileEntry(
                    String(root, "dataFileS3Key", where),
                    String(root, "md5Checksum", where),
                    root.TryGetProperty("itemCount", out var count) && count.TryGetInt64(out var n) ? n : 0));
            }
            catch (JsonException e)
            {
                throw new LakeInputException($"{where} is not valid JSON: {e.Message}", e);
            }
        }

        return entries;
    }

    private static string String(JsonElement root, string name, string where) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new LakeInputException($"{where}: {name} is missing or not a string.");
}
