using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsEnumTests
{
    [Theory]
    [InlineData("NEW_IMAGE", ExportViewType.NewImage)]
    [InlineData("NEW_AND_OLD_IMAGES", ExportViewType.NewAndOldImages)]
    public void Parse_WhenViewTypeIsSpelledAsAws_ShouldReadIt(string written, ExportViewType expected)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseTable(t => t["viewType"] = written));

        Assert.Equal(expected, settings.Tables[0].ViewType);
    }

    [Theory]
    [InlineData("NEW_IMAGES", "did you mean NEW_IMAGE?")]
    [InlineData("new_and_old_images", "did you mean NEW_AND_OLD_IMAGES?")]
    [InlineData("NewImage", "did you mean NEW_IMAGE?")]
    public void Parse_WhenViewTypeIsMisspelled_ShouldListTheSpellingsAndSuggestOne(string written, string suggestion)
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t => t["viewType"] = written),
            "tables[0].viewType",
            $"tables[0].viewType: '{written}' is not NEW_IMAGE or NEW_AND_OLD_IMAGES",
            suggestion);
    }

    [Theory]
    [InlineData("DYNAMODB_JSON", ExportFormat.DynamoDbJson)]
    [InlineData("ION", ExportFormat.Ion)]
    public void Parse_WhenExportFormatIsSpelledAsAws_ShouldReadIt(string written, ExportFormat expected)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseTable(t => t["exportFormat"] = written));

        Assert.Equal(expected, settings.Tables[0].Format);
    }

    [Theory]
    [InlineData("CSV")]
    [InlineData("PARQUET")]
    public void Parse_WhenExportFormatIsOneAwsDoesNotOffer_ShouldSayThereIsNoSuchExport(string written)
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t => t["exportFormat"] = written),
            "tables[0].exportFormat",
            $"tables[0].exportFormat: '{written}' is not DYNAMODB_JSON or ION",
            "there is no CSV, Parquet or Avro export");
    }

    [Theory]
    [InlineData("ion", "did you mean ION?")]
    [InlineData("JSON", "did you mean DYNAMODB_JSON?")]
    [InlineData("dynamodb-json", "did you mean DYNAMODB_JSON?")]
    public void Parse_WhenExportFormatIsMisspelled_ShouldSuggestTheAwsSpelling(string written, string suggestion)
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t => t["exportFormat"] = written),
            "tables[0].exportFormat",
            $"'{written}' is not DYNAMODB_JSON or ION",
            suggestion);
    }

    [Theory]
    [InlineData("halt", PitrGapPolicy.Halt)]
    [InlineData("fullExport", PitrGapPolicy.FullExport)]
    public void Parse_WhenOnPitrGapIsValid_ShouldReadIt(string written, PitrGapPolicy expected)
    {
        Assert.Equal(expected, SettingsDocument.Valid(SettingsDocument.Parse(d => d["onPitrGap"] = written)).OnPitrGap);
    }

    [Theory]
    [InlineData("Halt", "did you mean halt?")]
    [InlineData("full_export", "did you mean fullExport?")]
    [InlineData("FULL_EXPORT", "did you mean fullExport?")]
    public void Parse_WhenOnPitrGapHasTheWrongCase_ShouldRejectAndSuggest(string written, string suggestion)
    {
        SettingsDocument.SingleError(
            SettingsDocument.Parse(d => d["onPitrGap"] = written),
            "onPitrGap",
            $"onPitrGap: '{written}' is not halt or fullExport",
            suggestion);
    }

    [Fact]
    public void Serialize_WhenAnEnumValueIsUndefined_ShouldThrowNamingTheKey()
    {
        var settings = new ExportSettings
        {
            Bucket = "export-bucket",
            StateTable = "export-state",
            Tables = [new("orders", ViewType: (ExportViewType)7)],
        };

        var ex = Assert.Throws<InvalidSettingsException>(() => SettingsJson.Serialize(settings));

        Assert.Equal("tables[0].viewType: 7 is not NEW_IMAGE or NEW_AND_OLD_IMAGES", Assert.Single(ex.Errors).ToString());
    }
}
