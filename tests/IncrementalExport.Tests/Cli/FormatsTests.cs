using IncrementalExport.Cli.Output;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Tests.Cli;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(45, "45s")]
    [InlineData(5 * 60 + 59, "5m")]
    [InlineData(65 * 60, "1h05m")]
    [InlineData(23 * 3600 + 59 * 60, "23h59m")]
    [InlineData(27 * 3600, "1d03h00m")]
    [InlineData(3 * 86400 + 3600 + 60, "3d01h01m")]
    [InlineData(-90, "-1m")]
    public void Lag_WhenGivenSeconds_ShouldUseLargestUnitsWithPaddedMinutes(int seconds, string expected) =>
        Assert.Equal(expected, Formats.Lag(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Lag_WhenUnknown_ShouldBeDash() => Assert.Equal("-", Formats.Lag(null));

    [Theory]
    [InlineData("2026-11-24T10:00:00+00:00", "2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T11:00:00+01:00", "2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T10:00:00.25+00:00", "2026-11-24T10:00:00.25Z")]
    public void Time_WhenGivenAnyOffset_ShouldPrintUtcWithZ(string input, string expected) =>
        Assert.Equal(expected, Formats.Time(DateTimeOffset.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Window_WhenFull_ShouldShowOneTime() =>
        Assert.Equal("full 2026-11-24T12:00:00Z", Formats.Window(ExportWindow.Full(CliSamples.Now)));

    [Fact]
    public void Window_WhenIncremental_ShouldShowIsoInterval() =>
        Assert.Equal(
            "incremental 2026-11-24T10:55:00Z/2026-11-24T11:10:00Z",
            Formats.Window(CliSamples.IncrementalWindow));
}
