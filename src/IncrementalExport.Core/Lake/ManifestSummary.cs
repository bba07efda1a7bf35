using System.Text.Json;

namespace IncrementalExport.Core.Lake;

/// <summary>What the apply needs of an export's manifest-summary.json.</summary>
/// <param name="OutputFormat">DYNAMODB_JSON or ION.</param>
/// <param name="ExportType">FULL_EXPORT or INCREMENTAL_EXPORT (absent in older full exports: FULL_EXPORT).</param>
/// <param name="ManifestFilesKey">The key of manifest-files.json.</param>
public sealed record ManifestSummary(string OutputFormat, string ExportType, string ManifestFilesKey)
{
    /// <summary>DYNAMODB_JSON, the only format the apply reads.</summary>
    public const string DynamoDbJson = "DYNAMODB_JSON";

    /// <summary>Parses the summary at <paramref name="key"/>; an error names the key and the member.</summary>
    public static ManifestSummary Parse(string json, string key)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new ManifestSummary(
                Member(root, "outputFormat", key) ?? DynamoDbJson,
                Member(root, "exportType", key) ?? "FULL_EXPORT",
                Member(root, "manifestFilesS3Key", key) ?? throw new LakeInputException($"{key}: manifestFilesS3Key is missing."));
        }
        catch (JsonException e)
        {
            throw new LakeInputException($"{key} is not valid JSON: {e.Message}", e);
        }
    }

    private static string? Member(JsonElement root, string name, string key) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new LakeInputException($"{key}: {name} is not a string.")
            : null;
}
