using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.Tests.Simulation;

/// <summary>
/// The engine's promises under random sequences of ticks, clock advances and jumps, export completions and
/// failures, throttles and 5xx, crashes before and after any call, overlapping invocations, pauses, resumes,
/// resets, PITR gaps and settings changes. After every step: each epoch's completed windows are contiguous from its
/// full export and never overlap, at most one export is in flight per table, no window is exported twice, every
/// recorded export exists as recorded (bucket and prefix included); after settling, every completed export is in the
/// history, and every table that is neither paused nor blocked is within a window of what is restorable (progress),
/// every blocked one with a reason.
/// FsCheck draws the seeds; a failure prints the seed and the shortest failing sequence of steps.
/// </summary>
public sealed class ExactlyOncePropertyTests
{
    [Property(MaxTest = 300, Arbitrary = [typeof(Seeds)])]
    public void RandomScenarios_InProcess_ShouldKeepEveryInvariant(int seed) =>
        AssertHolds(ScenarioGenerator.Generate(seed), SimulationBackend.InProcessAsync);

    [Property(MaxTest = 8, Arbitrary = [typeof(Seeds)])]
    public void RandomScenarios_ThroughTheRealClientAndServers_ShouldKeepEveryInvariant(int seed) =>
        AssertHolds(ScenarioGenerator.Generate(seed, steps: 30), SimulationBackend.ServersAsync);

    private static void AssertHolds(Scenario scenario, Func<TimeProvider, Task<SimulationBackend>> backend)
    {
        var result = ScenarioRunner.RunAsync(scenario, backend).GetAwaiter().GetResult();
        if (result.Passed)
        {
            return;
        }

        var shortest = Shrinker.ShrinkAsync(result, backend, maxRuns: 300).GetAwaiter().GetResult();
        Assert.Fail(
            $"{scenario}\nviolations:\n  {string.Join("\n  ", shortest.Violations)}\n"
            + $"shortest failing sequence:\n  {string.Join("\n  ", shortest.Scenario.Actions)}");
    }

    /// <summary>Seeds over the whole int range, so every run explores new scenarios.</summary>
    public static class Seeds
    {
        public static Arbitrary<int> Seed() => Gen.Choose(0, int.MaxValue).ToArbitrary();
    }
}
