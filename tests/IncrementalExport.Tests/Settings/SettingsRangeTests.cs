
namespace IncrementalExport.Tests.Settings;

public sealed class SettingsRangeTests
{
    [Theory]
    [InlineData("windowMinutes", 15)]
    [InlineData("windowMinutes", 1440)]
    [InlineData("maxCatchUpMinutes", 15)]
    [InlineData("maxCatchUpMinutes", 1440)]
    [InlineData("safetyMarginSeconds", 0)]
    [InlineData("safetyMarginSeconds", 900)]
    [InlineData("maxExportsInFlight", 1)]
    [InlineData("maxExportsInFlight", 300)]
    [InlineData("maxConsecutiveFailures", 1)]
    [InlineData("maxConsecutiveFailures", 100)]
    [InlineData("parallelism", 1)]
    [InlineData("parallelism", 256)]
    public void Parse_WhenANumberIsAtTheEdgeOfItsRange_ShouldAcceptIt(string key, int value)
    {
        var settings = SettingsDocument.Valid(SettingsDocument.ParseWith(key, value));

        Assert.Equal(value, SettingsDocument.ReadBack(settings, key));
    }

    [Theory]
    [InlineData("windowMinutes", 10, "windowMinutes: 10 is out of range (15 to 1440)")]
    [InlineData("windowMinutes", 1441, "windowMinutes: 1441 is out of range (15 to 1440)")]
    [InlineData("maxCatchUpMinutes", 14, "maxCatchUpMinutes: 14 is out of range (from windowMinutes, 15, to 1440)")]
    [InlineData("maxCatchUpMinutes", 1500, "maxCatchUpMinutes: 1500 is out of range (from windowMinutes, 15, to 1440)")]
    [InlineData("safetyMarginSeconds", -1, "safetyMarginSeconds: -1 is out of range (0 to 900)")]
    [InlineData("safetyMarginSeconds", 901, "safetyMarginSeconds: 901 is out of range (0 to 900)")]
    [InlineData("maxExportsInFlight", 0, "maxExportsInFlight: 0 is out of range (1 to 300)")]
    [InlineData("maxExportsInFlight", 301, "maxExportsInFlight: 301 is out of range (1 to 300): AWS allows 300 concurrent exports per account")]
    [InlineData("maxConsecutiveFailures", 0, "maxConsecutiveFailures: 0 is out of range (1 to 100)")]
    [InlineData("maxConsecutiveFailures", 101, "maxConsecutiveFailures: 101 is out of range (1 to 100)")]
    [InlineData("parallelism", 0, "parallelism: 0 is out of range (1 to 256)")]
    [InlineData("parallelism", 257, "parallelism: 257 is out of range (1 to 256)")]
    public void Parse_WhenANumberIsOutOfRange_ShouldNameKeyValueAndRange(string key, int value, string expected)
    {
        SettingsDocument.SingleError(SettingsDocument.ParseWith(key, value), key, expected);
    }

    [Fact]
    public void Parse_WhenCatchUpIsShorterThanTheWindow_ShouldReportTheWindowAsTheFloor()
    {
        var result = SettingsDocument.Parse(d =>
        {
            d["windowMinutes"] = 60;
            d["maxCatchUpMinutes"] = 30;
        });

        SettingsDocument.SingleError(result, "maxCatchUpMinutes", "maxCatchUpMinutes: 30 is out of range (from windowMinutes, 60, to 1440)");
    }

    [Fact]
    public void Parse_WhenCatchUpEqualsTheWindow_ShouldAcceptIt()
    {
        SettingsDocument.Valid(SettingsDocument.Parse(d =>
        {
            d["windowMinutes"] = 60;
            d["maxCatchUpMinutes"] = 60;
        }));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(90)]
    [InlineData(480)]
    [InlineData(1440)]
    public void Parse_WhenAlignedWindowDividesTheDay_ShouldAcceptIt(int minutes)
    {
        SettingsDocument.Valid(SettingsDocument.Parse(d => d["windowMinutes"] = minutes));
    }

    [Theory]
    [InlineData(25)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(1439)]
    public void Parse_WhenAlignedWindowDoesNotDivideTheDay_ShouldExplainTheGridAndTheWayOut(int minutes)
    {
        SettingsDocument.SingleError(
            SettingsDocument.Parse(d => d["windowMinutes"] = minutes),
            "windowMinutes",
            $"windowMinutes: {minutes} does not divide 1440",
            "UTC midnight",
            "alignWindows to false");
    }

    [Fact]
    public void Parse_WhenUnalignedWindowDoesNotDivideTheDay_ShouldAcceptIt()
    {
        var result = SettingsDocument.Parse(d =>
        {
            d["windowMinutes"] = 25;
            d["alignWindows"] = false;
        });

        Assert.Equal(25, SettingsDocument.Valid(result).WindowMinutes);
    }

    [Fact]
    public void Parse_WhenWindowIsOutOfRange_ShouldNotAlsoComplainAboutAlignment()
    {
        SettingsDocument.SingleError(SettingsDocument.Parse(d => d["windowMinutes"] = 1500), "windowMinutes", "out of range");
    }
}
