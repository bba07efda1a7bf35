using IncrementalExport.Benchmark.Cost;
using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Tests.Benchmark;

public class CostModelTests
{
    // 10 tables, a tick every 15 minutes (2,920 a month), every tick records and starts: 1 GetItem and 4 PutItems per
    // table, 2 s for the whole tick, 1,000 log bytes per table.
    private static readonly CostInputs Inputs = new(
        Tables: 10,
        ScheduleMinutes: 15,
        TicksPerTablePerMonth: new Dictionary<Phase, double> { [Phase.CompleteThenStart] = 2920 },
        Figures: new Dictionary<Phase, TickFigures> { [Phase.CompleteThenStart] = new(1, 4, TimeSpan.FromSeconds(2), 1000) });

    [Theory]
    [InlineData("Lambda requests", 292, "0.0000584")]                 // 2,920 / 10 × $0.20 / 1e6
    [InlineData("Lambda duration (arm64)", 292, "0.0038933528")]      // 2,920 × 2 s / 10 × 0.5 GB × $0.0000133334
    [InlineData("EventBridge Scheduler", 292, "0.000292")]            // 292 × $1 / 1e6
    [InlineData("State table reads (on-demand)", 2920, "0.000365")]   // 2,920 × $0.125 / 1e6
    [InlineData("State table writes (on-demand)", 11680, "0.0073")]   // 11,680 × $0.625 / 1e6
    [InlineData("KMS requests (state table key)", 292, "0.000876")]   // 292 × $0.03 / 1e4
    [InlineData("CloudWatch Logs ingestion", 0.00292, "0.00146")]     // 2.92 MB × $0.50 / GB
    public void PerTablePerMonth_WhenGivenCounts_ShouldPriceEachLineAtListPrice(string item, double quantity, string dollars)
    {
        var line = CostModel.PerTablePerMonth(Inputs, Prices.UsEast1).Single(l => l.Item == item);

        Assert.Equal(quantity, line.Quantity, 6);
        Assert.Equal(decimal.Parse(dollars, System.Globalization.CultureInfo.InvariantCulture), decimal.Round(line.Dollars, 10));
    }

    [Fact]
    public void PerTablePerMonth_WhenItemsTakeTwoWriteUnits_ShouldDoubleTheWrites()
    {
        var line = CostModel.PerTablePerMonth(Inputs with { WriteUnitsPerPut = 2 }, Prices.UsEast1)
            .Single(l => l.Item == "State table writes (on-demand)");

        Assert.Equal(23360, line.Quantity, 6);
    }

    // 12 runs an hour × 730 hours × 25 transitions = 219,000 transitions at $0.025 per 1,000.
    [Fact]
    public void StepFunctionsPerTablePerMonth_WhenTwelveRunsAnHour_ShouldCostFiveDollarsFortySevenAndAHalf()
    {
        Assert.Equal(5.475m, CostModel.StepFunctionsPerTablePerMonth(12, 25, Prices.UsEast1));
    }
}
