using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Settings;

/// <summary>The document spellings of the settings enums: the AWS API names, and camelCase for the product's own policy.</summary>
internal static class SettingsSpellings
{
    public static readonly EnumSpelling<ExportViewType> ViewType = new(
    [
        (ExportViewType.NewImage, "NEW_IMAGE"),
        (ExportViewType.NewAndOldImages, "NEW_AND_OLD_IMAGES"),
    ]);

    public static readonly EnumSpelling<ExportFormat> Format = new(
        [
            (ExportFormat.DynamoDbJson, "DYNAMODB_JSON"),
            (ExportFormat.Ion, "ION"),
        ],
        "DynamoDB exports only these two formats; there is no CSV, Parquet or Avro export");

    public static readonly EnumSpelling<PitrGapPolicy> PitrGap = new(
    [
        (PitrGapPolicy.Halt, "halt"),
        (PitrGapPolicy.FullExport, "fullExport"),
    ]);
}
