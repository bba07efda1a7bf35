using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

/// <summary>The settings' <c>dataLake</c> section: read, validated with the key and range named, written back.</summary>
public sealed class LakeSettingsTests
{
    [Fact]
    public void Parse_WhenDataLakeIsAbsent_ShouldLeaveTheLakeOff()
    {
        Assert.Null(SettingsDocument.Valid(SettingsDocument.Parse(_ => { })).DataLake);
    }

    [Fact]
    public void Parse_ThenSerialize_ShouldKeepTheSectionAndGiveExportsPerMerge()
    {
        var settings = SettingsDocument.Valid(SettingsDocument.Parse(d => d["dataLake"] = Lake("ie_prod_lake", "ie-prod-lake", 60)));

        Assert.Equal(new LakeSettings("ie_prod_lake", "ie-prod-lake", 60), settings.DataLake);
        Assert.Equal(4, settings.DataLake!.MaxExports(settings.WindowMinutes));
        Assert.Equal(settings.DataLake, SettingsJson.Parse(SettingsJson.Serialize(settings)).GetOrThrow().DataLake);
    }

    [Theory]
    [InlineData("Bad-Name", "ie-lake", 15, "dataLake.database", "'Bad-Name' is not a Glue database name")]
    [InlineData("ie_lake", "ie lake", 15, "dataLake.workGroup", "'ie lake' is not an Athena workgroup name")]
    [InlineData("ie_lake", "ie-lake", 10, "dataLake.applyEveryMinutes", "10 is out of range (from windowMinutes, 15, to 1440)")]
    [InlineData("ie_lake", "ie-lake", 1441, "dataLake.applyEveryMinutes", "1441 is out of range (from windowMinutes, 15, to 1440)")]
    public void Parse_WhenTheSectionIsWrong_ShouldNameTheKeyAndTheRule(string database, string workGroup, int every, string path, string message)
    {
        SettingsDocument.SingleError(SettingsDocument.Parse(d => d["dataLake"] = Lake(database, workGroup, every)), path, message);
    }

    [Fact]
    public void Parse_WhenApplyEveryIsBelowTheWindow_ShouldNameWindowMinutesAsTheLowerBound()
    {
        SettingsDocument.SingleError(
            SettingsDocument.Parse(d =>
            {
                d["windowMinutes"] = 30;
                d["maxCatchUpMinutes"] = 60;
                d["dataLake"] = Lake("ie_lake", "ie-lake", 15);
            }),
            "dataLake.applyEveryMinutes",
            "15 is out of range (from windowMinutes, 30, to 1440)");
    }

    private static JsonObject Lake(string database, string workGroup, int every) =>
        new() { ["database"] = database, ["workGroup"] = workGroup, ["applyEveryMinutes"] = every };
}
