using IncrementalExport.Benchmark.Freshness;

namespace IncrementalExport.Tests.Benchmark;

public sealed class WakeUpSimulatorTests
{
    [Fact]
    public void Simulate_AtTheDefaultWindow_ShouldAddAtMostTwoMinutesWorstAndOneTypicalBeyondFloorAndMargin()
    {
        var outcome = WakeUpSimulator.Simulate(new WakeUpCase(Tables: 3), days: 3);

        Assert.InRange(outcome.WaitWorst, TimeSpan.Zero, TimeSpan.FromMinutes(2));
        Assert.InRange(outcome.WaitTypical, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.True(outcome.Windows > 3 * 2 * 96 * 0.9, $"{outcome.Windows} windows");
    }

    [Fact]
    public void Simulate_WhenEveryTableIsPaused_ShouldTickOnlyByTheSafetyNet() =>
        Assert.Equal(24, WakeUpSimulator.Simulate(new WakeUpCase(Tables: 5, Paused: true), days: 3).InvocationsPerDay);

    [Fact]
    public void Simulate_WhenTablesAreIdleOnDailyWindows_ShouldTickLessThanARateOfFifteenMinutes() =>
        Assert.InRange(WakeUpSimulator.Simulate(new WakeUpCase(Tables: 5, WindowMinutes: 1440), days: 3).InvocationsPerDay, 24, 95);

    [Fact]
    public void Simulate_WhenWakeUpsAreLost_ShouldOnlyDelay_NeverStall()
    {
        var outcome = WakeUpSimulator.Simulate(new WakeUpCase(LostWakeUps: 0.5), days: 3);

        // At most a window, the PITR lag, the margin, a long export and the safety net's hour behind.
        Assert.InRange(outcome.MaxLag, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15 + 6 + 2 + 30 + 60));
        Assert.InRange(outcome.RecordedWorst, TimeSpan.Zero, TimeSpan.FromMinutes(61));
    }
}
