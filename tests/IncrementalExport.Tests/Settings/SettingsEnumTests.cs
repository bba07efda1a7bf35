using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsEnumTests
{
    public static TheoryData<string, string, object> AwsSpellings() => new()
    {
        { "tables[0].viewType", "NEW_IMAGE", ExportViewType.NewImage },
        { "tables[0].viewType", "NEW_AND_OLD_IMAGES", ExportViewType.NewAndOldImages },
        { "tables[0].exportFormat", "DYNAMODB_JSON", ExportFormat.DynamoDbJson },
        { "tables[0].exportFormat", "ION", ExportFormat.Ion },
        { "onPitrGap", "halt", PitrGapPolicy.Halt },
        { "onPitrGap", "fullExport", PitrGapPolicy.FullExport },
    };

    [Theory]
    [MemberData(nameof(AwsSpellings))]
    public void Parse_WhenAnEnumIsSpelledAsDocumented_ShouldReadIt(string path, string written, object expected)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseWith(path, written));

        Assert.Equal(expected, SettingsDocument.ReadBack(settings, path));
    }

    [Theory]
    [InlineData("tables[0].viewType", "NEW_IMAGES", "NEW_IMAGE or NEW_AND_OLD_IMAGES", "did you mean NEW_IMAGE?")]
    [InlineData("tables[0].viewType", "new_and_old_images", "NEW_IMAGE or NEW_AND_OLD_IMAGES", "did you mean NEW_AND_OLD_IMAGES?")]
    [InlineData("tables[0].viewType", "NewImage", "NEW_IMAGE or NEW_AND_OLD_IMAGES", "did you mean NEW_IMAGE?")]
    [InlineData("tables[0].exportFormat", "ion", "DYNAMODB_JSON or ION", "did you mean ION?")]
    [InlineData("tables[0].exportFormat", "JSON", "DYNAMODB_JSON or ION", "did you mean DYNAMODB_JSON?")]
    [InlineData("tables[0].exportFormat", "dynamodb-json", "DYNAMODB_JSON or ION", "did you mean DYNAMODB_JSON?")]
    [InlineData("tables[0].exportFormat", "CSV", "DYNAMODB_JSON or ION", "there is no CSV, Parquet or Avro export")]
    [InlineData("tables[0].exportFormat", "PARQUET", "DYNAMODB_JSON or ION", "there is no CSV, Parquet or Avro export")]
    [InlineData("onPitrGap", "Halt", "halt or fullExport", "did you mean halt?")]
    [InlineData("onPitrGap", "full_export", "halt or fullExport", "did you mean fullExport?")]
    [InlineData("onPitrGap", "FULL_EXPORT", "halt or fullExport", "did you mean fullExport?")]
    public void Parse_WhenAnEnumIsMisspelled_ShouldListTheSpellingsAndHelp(string path, string written, string accepted, string help)
    {
        SettingsDocument.SingleError(SettingsDocument.ParseWith(path, written), path, $"{path}: '{written}' is not {accepted}", help);
    }

    [Fact]
    public void Parse_WhenAnEnumValueResemblesNothing_ShouldOnlyListTheSpellings()
    {
        var error = Assert.Single(SettingsDocument.ParseWith("onPitrGap", "ignore").Errors);

        Assert.Equal("onPitrGap: 'ignore' is not halt or fullExport", error.ToString());
    }

    [Fact]
    public void Serialize_WhenAnEnumValueIsUndefined_ShouldThrowNamingTheKey()
    {
        var settings = SampleSettings.Minimal with { Tables = [new("orders", ViewType: (ExportViewType)7)] };

        var ex = Assert.Throws<InvalidSettingsException>(() => SettingsJson.Serialize(settings));

        Assert.Equal("tables[0].viewType: 7 is not NEW_IMAGE or NEW_AND_OLD_IMAGES", Assert.Single(ex.Errors).ToString());
    }
}
