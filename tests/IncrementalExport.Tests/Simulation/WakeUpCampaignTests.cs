using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.Tests.Simulation;

/// <summary>The campaign's wake-up scenarios: lost and late wake-ups, failures, pauses and overlaps never stall a table.</summary>
public sealed class WakeUpCampaignTests
{
    [Fact]
    public async Task WakeUpScenarios_WithLostAndLateWakeUps_ShouldNeverStallATableNorBreakAnInvariant()
    {
        var failures = new List<string>();
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var seed = 1300; seed < 1380; seed++)
        {
            var result = await WakeUpScenarios.RunAsync(WakeUpScenarios.Generate(seed));
            foreach (var (kind, count) in result.Events)
            {
                events[kind] = events.GetValueOrDefault(kind) + count;
            }

            if (result.Violations.Count > 0)
            {
                failures.Add($"{result.Scenario} at step {result.FailedAtStep}: {string.Join("; ", result.Violations)}");
            }
        }

        Assert.Empty(failures);

        // The scenarios did exercise what they are for.
        Assert.True(events.GetValueOrDefault("wake-ups lost") > 50, string.Join(", ", events));
        Assert.True(events.GetValueOrDefault("wake-ups late") > 50, string.Join(", ", events));
        Assert.True(events.GetValueOrDefault("exports completed") > 500, string.Join(", ", events));
    }
}
