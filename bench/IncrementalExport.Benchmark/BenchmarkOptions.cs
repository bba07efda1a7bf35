using System.Globalization;

namespace IncrementalExport.Benchmark;

/// <summary>The benchmark's flags.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        usage: dotnet run --project bench/IncrementalExport.Benchmark -c Release -- [flags]
          --tables LIST       table counts (default 1,10,100,1000)
          --latency LIST      injected latency per AWS call in ms (default 0,50)
          --parallelism LIST  engine parallelism for every configuration (default: the engine's default, 128)
          --sweep LIST        extra parallelism values for the largest table count at the largest latency (default 16,64)
          --repeat N          measured 30-minute cycles per configuration; each phase's figure is the median (default 3)
          --cold-starts N     child processes timed for the cold start (default 5)
          --quick             a fast run: --tables 1,10,1000 --latency 0,50 --sweep none --repeat 1 --cold-starts 1
          --json FILE         also write the tick rows (calls per table by operation, wall, CPU, allocations) as JSON to FILE
          --freshness         only the freshness model (no servers)
          --cost              only the cost model, from one measurement of 10, 100 and 1,000 tables at 50 ms
          --help              this text
        exit codes: 0 done, 1 a tick did not do what its phase means, 2 bad flags
        """;

    public IReadOnlyList<int> Tables { get; init; } = [1, 10, 100, 1000];

    public IReadOnlyList<int> LatencyMs { get; init; } = [0, 50];

    public IReadOnlyList<int> Parallelism { get; init; } = [Core.Settings.SettingsDefaults.Environment.Parallelism];

    public IReadOnlyList<int> Sweep { get; init; } = [16, 64];

    public int Repeat { get; init; } = 3;

    public int ColdStarts { get; init; } = 5;

    public string? JsonPath { get; init; }

    public bool FreshnessOnly { get; init; }

    public bool CostOnly { get; init; }

    public bool Help { get; init; }

    /// <summary>The options, or null after writing what is wrong to <paramref name="error"/>.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : "";
            try
            {
                options = flag switch
                {
                    "--tables" => options with { Tables = List(flag, Value(), 1, 10_000) },
                    "--latency" => options with { LatencyMs = List(flag, Value(), 0, 10_000) },
                    "--parallelism" => options with { Parallelism = List(flag, Value(), 1, 256) },
                    "--sweep" => options with { Sweep = Value() is var sweep && sweep == "none" ? [] : List(flag, sweep, 1, 256) },
                    "--repeat" => options with { Repeat = Single(flag, Value(), 1, 1000) },
                    "--cold-starts" => options with { ColdStarts = Single(flag, Value(), 0, 1000) },
                    "--quick" => options with { Tables = [1, 10, 1000], LatencyMs = [0, 50], Sweep = [], Repeat = 1, ColdStarts = 1 },
                    "--json" => options with { JsonPath = Value() is { Length: > 0 } path ? path : throw new FormatException("--json: needs a file path") },
                    "--freshness" => options with { FreshnessOnly = true },
                    "--cost" => options with { CostOnly = true },
                    "--help" or "-h" => options with { Help = true },
                    _ => throw new FormatException($"unknown flag '{flag}'"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine(e.Message);
                return null;
            }
        }

        return options;
    }

    private static int[] List(string flag, string text, int min, int max)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return text.Length == 0 ? throw new FormatException($"{flag}: needs a comma-separated list of whole numbers")
            : parts.Select(p => Single(flag, p, min, max)).ToArray();
    }

    private static int Single(string flag, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"{flag}: '{text}' is not a whole number from {min} to {max}");
}
