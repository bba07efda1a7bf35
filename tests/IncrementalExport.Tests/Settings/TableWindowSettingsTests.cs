using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class TableWindowSettingsTests
{
    [Fact]
    public void Parse_WhenATableHasItsOwnWindowAndTheAdaptiveMode_ShouldReadThemAndWriteThemBack()
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseTable(t =>
        {
            t["windowMinutes"] = 60;
            t["adaptiveWindows"] = true;
            t["freshnessLimitMinutes"] = 720;
        }));

        Assert.Equal((60, true, 720), (settings.Tables[0].WindowMinutes, settings.Tables[0].AdaptiveWindows, settings.Tables[0].FreshnessLimitMinutes));
        Assert.Equal(settings, SettingsDocument.Valid(SettingsJson.Parse(SettingsJson.Serialize(settings))), ExportSettingsComparer.Instance);
    }

    [Theory]
    [InlineData(10, "tables[0].windowMinutes: 10 is out of range (15 to 1440)")]
    [InlineData(1500, "tables[0].windowMinutes: 1500 is out of range (15 to 1440)")]
    [InlineData(50, "tables[0].windowMinutes: 50 does not divide 1440 (one day)")]
    public void Parse_WhenATablesWindowIsNotAllowed_ShouldNameTheKeyAndTheRange(int minutes, string expected)
    {
        SettingsDocument.SingleError(SettingsDocument.ParseTable(t => t["windowMinutes"] = minutes), "tables[0].windowMinutes", expected);
    }

    [Fact]
    public void Parse_WhenTheAdaptiveModeHasNoFreshnessLimit_ShouldAskForIt()
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t => t["adaptiveWindows"] = true),
            "tables[0].freshnessLimitMinutes",
            "tables[0].freshnessLimitMinutes: is required when adaptiveWindows is true");
    }

    [Fact]
    public void Parse_WhenAFreshnessLimitIsGivenWithoutTheAdaptiveMode_ShouldSayItMeansNothingThere()
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t => t["freshnessLimitMinutes"] = 120),
            "tables[0].freshnessLimitMinutes",
            "120 applies only with adaptiveWindows: true");
    }

    [Theory]
    [InlineData(30, "tables[0].freshnessLimitMinutes: 30 is out of range (from windowMinutes, 60, to 1440)")]
    [InlineData(100, "tables[0].freshnessLimitMinutes: 100 does not divide 1440")]
    public void Parse_WhenTheFreshnessLimitIsBelowTheWindowOrOffTheGrid_ShouldNameTheKeyAndTheRange(int limit, string expected)
    {
        SettingsDocument.SingleError(
            SettingsDocument.ParseTable(t =>
            {
                t["windowMinutes"] = 60;
                t["adaptiveWindows"] = true;
                t["freshnessLimitMinutes"] = limit;
            }),
            "tables[0].freshnessLimitMinutes",
            expected);
    }

    [Fact]
    public void Parse_WhenAdaptiveWindowsIsNotABoolean_ShouldSaySo()
    {
        SettingsDocument.SingleError(SettingsDocument.ParseTable(t => t["adaptiveWindows"] = JsonValue.Create("yes")), "tables[0].adaptiveWindows", "is not true or false");
    }
}
