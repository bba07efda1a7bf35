using System.Globalization;

namespace IncrementalExport.FaultCampaign;

/// <summary>The campaign's flags: how many scenarios, from which seed, how many steps each.</summary>
internal sealed record CampaignOptions(int Scenarios, int Seed, int Steps, bool Servers = false)
{
    public const string Usage = """
        usage: dotnet run --project bench/IncrementalExport.FaultCampaign -c Release -- [--scenarios N] [--seed S] [--steps K]
          --scenarios N  how many randomized scenarios (default 10000)
          --seed S       the first scenario's seed; scenario i uses S + i (default 1)
          --steps K      steps per scenario (default 40)
          --servers      run against dynalite and the HTTP fake through the real AWSSDK client
                         (slower: use a few hundred scenarios) instead of the in-process model
        """;

    public static CampaignOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var options = new CampaignOptions(10_000, 1, 40);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--servers")
            {
                options = options with { Servers = true };
                continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                error.WriteLine($"{args[i]}: needs a whole number");
                return null;
            }

            switch (args[i])
            {
                case "--scenarios":
                    options = options with { Scenarios = value };
                    break;
                case "--seed":
                    options = options with { Seed = value };
                    break;
                case "--steps" when value > 0:
                    options = options with { Steps = value };
                    break;
                default:
                    error.WriteLine($"unknown flag '{args[i]}'");
                    return null;
            }

            i++;
        }

        return options;
    }
}
