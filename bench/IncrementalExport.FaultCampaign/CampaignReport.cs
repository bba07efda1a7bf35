using System.Globalization;
using IncrementalExport.TestServers.Simulation;

namespace IncrementalExport.FaultCampaign;

/// <summary>The campaign's Markdown output.</summary>
internal static class CampaignReport
{
    public static void Write(TextWriter output, CampaignOptions options, long steps, IReadOnlyDictionary<string, long> totals, int violations, TimeSpan elapsed)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## Fault campaign: seeds {options.Seed}..{options.Seed + options.Scenarios - 1}, {options.Steps} steps each, {(options.Servers ? "dynalite + HTTP fake via AWSSDK" : "in-process model")}"));
        output.WriteLine();
        output.WriteLine("| what | count |");
        output.WriteLine("|---|---:|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| scenarios | {options.Scenarios} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| steps | {steps} |"));
        foreach (var (kind, count) in totals.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {count} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **invariant violations** | **{violations}** |"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed: {elapsed.TotalSeconds:F1} s"));
    }

    public static void WriteFailure(TextWriter output, ScenarioResult failure, ScenarioResult shortest)
    {
        output.WriteLine();
        output.WriteLine($"### Violation: {failure.Scenario}");
        foreach (var violation in shortest.Violations)
        {
            output.WriteLine($"- {violation}");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Shortest failing sequence ({shortest.Scenario.Actions.Count} steps; violations appear after step {shortest.FailedAtStep + 1}):"));
        for (var i = 0; i < shortest.Scenario.Actions.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {shortest.Scenario.Actions[i]}"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Re-run: --scenarios 1 --seed {failure.Scenario.Seed} --steps {failure.Scenario.Actions.Count}"));
    }
}
