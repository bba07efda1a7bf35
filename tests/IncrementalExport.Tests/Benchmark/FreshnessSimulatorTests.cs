using IncrementalExport.Benchmark.Freshness;
using IncrementalExport.Benchmark.Ticks;

namespace IncrementalExport.Tests.Benchmark;

public class FreshnessSimulatorTests
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    // Window [W, W+15) becomes startable at W + 15 + 5 (PITR lag) + 2 (margin) = W+22. With a tick every 15 minutes the
    // worst whole-minute schedule offset reaches it 14 minutes late, and the export takes 5: a write at W waits 41 minutes.
    [Fact]
    public void Simulate_WhenDefaultCadenceAndFiveMinuteExports_ShouldHaveWorstDelayOfFortyOneMinutes()
    {
        var result = FreshnessSimulator.Simulate(new FreshnessCase(15, 15, FiveMinutes, FiveMinutes));

        Assert.Equal(TimeSpan.FromMinutes(15 + 5 + 2 + 14 + 5), result.WorstToS3);
    }

    // The completion is recorded by the next tick, 15 minutes after the start: 10 minutes after the export ends.
    [Fact]
    public void Simulate_WhenDefaultCadenceAndFiveMinuteExports_ShouldRecordTenMinutesAfterCompletionAtWorst()
    {
        var result = FreshnessSimulator.Simulate(new FreshnessCase(15, 15, FiveMinutes, FiveMinutes));

        Assert.Equal(TimeSpan.FromMinutes(41 + 10), result.WorstRecorded);
    }

    [Fact]
    public void Simulate_WhenTickEveryFiveMinutes_ShouldWaitAtMostFourMinutesForATick()
    {
        var result = FreshnessSimulator.Simulate(new FreshnessCase(15, 5, FiveMinutes, FiveMinutes));

        Assert.Equal(TimeSpan.FromMinutes(15 + 5 + 2 + 4 + 5), result.WorstToS3);
    }

    // With exports shorter than the schedule period, each tick records the last window and starts the next one.
    [Fact]
    public void Simulate_WhenDefaultCadence_ShouldCountEveryTickAsCompleteThenStart()
    {
        var result = FreshnessSimulator.Simulate(new FreshnessCase(15, 15, FiveMinutes, FiveMinutes));

        Assert.Equal(96, result.TicksPerDay[Phase.CompleteThenStart]);
        Assert.Equal(96, result.TicksPerDay.Values.Sum());
    }

    [Fact]
    public void FreshnessCase_WhenFiveMinuteLagAndExport_ShouldPutTheAwsFloorAtTwentyFiveAndSeventeenAndAHalfMinutes()
    {
        var c = new FreshnessCase(15, 15, FiveMinutes, FiveMinutes);

        Assert.Equal(TimeSpan.FromMinutes(25), c.FloorWorst);
        Assert.Equal(TimeSpan.FromMinutes(17.5), c.FloorTypical);
    }
}
