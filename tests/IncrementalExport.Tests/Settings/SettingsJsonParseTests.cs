using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsJsonParseTests
{
    [Fact]
    public void Parse_WhenOnlyRequiredKeysArePresent_ShouldApplyEveryDefault()
    {
        var settings = SettingsDocument.Valid(SettingsDocument.Parse(_ => { }));

        Assert.Equal("export-bucket", settings.Bucket);
        Assert.Equal("export-state", settings.StateTable);
        Assert.Null(settings.BucketOwner);
        Assert.Equal("", settings.Prefix);
        Assert.Null(settings.KmsKeyArn);
        Assert.Equal(15, settings.WindowMinutes);
        Assert.True(settings.AlignWindows);
        Assert.Equal(1440, settings.MaxCatchUpMinutes);
        Assert.Equal(120, settings.SafetyMarginSeconds);
        Assert.Equal(50, settings.MaxExportsInFlight);
        Assert.Equal(3, settings.MaxConsecutiveFailures);
        Assert.Equal(PitrGapPolicy.Halt, settings.OnPitrGap);
        Assert.Equal(256, settings.Parallelism);
        var table = Assert.Single(settings.Tables);
        Assert.Equal(new TableSettings("orders"), table);
        Assert.Equal("orders", table.EffectivePrefix);
    }

    [Fact]
    public void Parse_WhenEveryKeyIsSet_ShouldReadEveryValue()
    {
        var settings = SettingsDocument.Valid(SettingsJson.Parse(SampleSettings.FullDocument));

        Assert.Equal(SampleSettings.Full, settings, ExportSettingsComparer.Instance);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), settings.Tables[0].StartTime);
        Assert.Equal(TimeSpan.Zero, settings.Tables[0].StartTime!.Value.Offset);
    }

    [Fact]
    public void Parse_WhenOptionalKeysAreNull_ShouldTreatThemAsAbsent()
    {
        var result = SettingsDocument.Parse(d =>
        {
            d["bucketOwner"] = null;
            d["kmsKeyArn"] = null;
            d["tables"]![0]!["prefix"] = null;
            d["tables"]![0]!["startTime"] = null;
        });

        var settings = SettingsDocument.Valid(result);
        Assert.Null(settings.BucketOwner);
        Assert.Null(settings.KmsKeyArn);
        Assert.Null(settings.Tables[0].Prefix);
        Assert.Null(settings.Tables[0].StartTime);
    }

    [Fact]
    public void Parse_WhenTheDocumentHasCommentsAndTrailingCommas_ShouldAcceptIt()
    {
        const string json = """
            {
              // the export bucket
              "bucket": "export-bucket",
              "stateTable": "export-state",
              "tables": [ { "table": "orders", }, ],
            }
            """;

        Assert.True(SettingsJson.Parse(json).IsValid);
    }

    [Fact]
    public void Parse_WhenJsonIsMalformed_ShouldReportOneErrorWithLineAndPosition()
    {
        const string json = "{\n  \"bucket\": \"export-bucket\",\n  \"stateTable\" \"export-state\"\n}";

        SettingsDocument.SingleError(SettingsJson.Parse(json), "settings", "malformed JSON at line 3, position 16");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Parse_WhenTheDocumentIsEmpty_ShouldSaySo(string json)
    {
        SettingsDocument.SingleError(SettingsJson.Parse(json), "settings", "empty");
    }

    [Theory]
    [InlineData("[]", "settings: [] is not an object")]
    [InlineData("\"bucket\"", "settings: \"bucket\" is not an object")]
    [InlineData("null", "settings: null is not an object")]
    public void Parse_WhenTheRootIsNotAnObject_ShouldReportOnlyThat(string json, string expected)
    {
        var error = Assert.Single(SettingsJson.Parse(json).Errors);
        Assert.Equal(expected, error.ToString());
    }

    [Theory]
    [InlineData("bucket")]
    [InlineData("stateTable")]
    [InlineData("tables")]
    public void Parse_WhenARequiredKeyIsMissing_ShouldReportOnlyThatItIsRequired(string key)
    {
        SettingsDocument.SingleError(SettingsDocument.Parse(d => d.Remove(key)), key, $"{key}: is required");
    }

    [Fact]
    public void Parse_WhenATableHasNoTableKey_ShouldReportItAsRequired()
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTables(SettingsDocument.Table("orders"), new JsonObject { ["prefix"] = "x" }),
            "tables[1].table",
            "tables[1].table: is required");
    }

    [Fact]
    public void Parse_WhenTablesIsEmpty_ShouldReportIt()
    {
        SettingsDocument.SingleError(SettingsDocument.ParseTables(), "tables", "tables: is empty");
    }
}
