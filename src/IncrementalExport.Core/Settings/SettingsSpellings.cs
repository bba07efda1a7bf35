using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Settings;

/// <summary>The document spellings of the settings enums: the AWS API names, and camelCase for the product's own policy.</summary>
internal static class SettingsSpellings
{
    // The AWS names are the enums' own (JsonStringEnumMemberName), which reports use too.
    public static readonly EnumSpelling<ExportViewType> ViewType = EnumSpelling<ExportViewType>.AsDeclared(
        [ExportViewType.NewImage, ExportViewType.NewAndOldImages]);

    public static readonly EnumSpelling<ExportFormat> Format = EnumSpelling<ExportFormat>.AsDeclared(
        [ExportFormat.DynamoDbJson, ExportFormat.Ion],
        "DynamoDB exports only these two formats; there is no CSV, Parquet or Avro export");

    public static readonly EnumSpelling<PitrGapPolicy> PitrGap = new(
    [
        (PitrGapPolicy.Halt, "halt"),
        (PitrGapPolicy.FullExport, "fullExport"),
    ]);
}
