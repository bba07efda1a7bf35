using Amazon;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.TestServers.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.TestServers.Lake;

/// <summary>
/// One randomized scenario of the apply chain as the engine runs it (<see cref="LakeTick"/>): one to three tables with
/// random change histories (some across a new epoch), their history revealed a few exports at a time as the export
/// chain would record them, ticks through the Athena adapter against the fake Athena that runs each statement on
/// DuckDB, with crashes before and after every save, failed and cancelled queries, throttled calls and resumes of
/// Blocked chains. Once every history is revealed the faults stop and the chains settle; then every table's view must
/// equal its source (the replayed history), no statement may have run twice, and no tick may have called Athena
/// more than once per table.
/// </summary>
internal static class LakeScenario
{
    private const int MaxTicks = 3000;
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static async Task<LakeScenarioResult> RunAsync(int seed)
    {
        var random = new Random(seed);
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string what) => events[what] = events.GetValueOrDefault(what) + 1;
        var tables = new List<LakeScenarioTable>();
        try
        {
            for (var t = 0; t < 1 + random.Next(3); t++)
            {
                tables.Add(await LakeScenarioTable.CreateAsync($"t{t}", random, Count));
            }

            var faults = true;
            await using var athena = await FakeAthenaServer.StartAsync(["lake"], sql =>
            {
                if (faults && random.Next(8) == 0)
                {
                    Count("queries failed");
                    return FakeQueryOutcome.Failed("ICEBERG_COMMIT_ERROR: injected");
                }

                Count("queries run");
                return tables.Single(t => t.Owns(sql)).Lake.Answer(sql);
            });
            athena.Queries.PollsBeforeDone = random.Next(3);
            var store = new InMemoryStateStore();
            var lakeStore = new InMemoryLakeStateStore();
            lakeStore.Crash = () => !faults || random.Next(8) != 0 ? (false, false) : random.Next(2) == 0 ? (true, false) : (false, true);
            var clock = new FakeTimeProvider(Start);
            var api = AthenaJsonApi.Create("lake", new Uri(athena.ServiceUrl), RegionEndpoint.USEast1, () => new BasicAWSCredentials("AKID", "secret"));
            var options = new LakeChainOptions(MaxExports: 1 + random.Next(3), MaxFailures: 2 + random.Next(2), FirstBackoff: TimeSpan.FromMinutes(1), CompactEvery: 1 + random.Next(3));
            var byName = tables.ToDictionary(t => t.Chain.Table, StringComparer.Ordinal);
            var tick = new LakeTick(
                store, lakeStore, new LakeChainStep(api, options), (_, _) => Task.FromResult<IReadOnlyList<string>>(["pk"]),
                (t, keys) => byName[t.Name].Lake.Table with { KeyNames = keys }, clock);
            var settings = tables.Select(t => new TableSettings(t.Chain.Table)).ToList();
            var violations = new List<string>();
            var ticks = 0;
            for (; ticks < MaxTicks && !(tables.All(t => t.Revealed) && tables.All(t => t.Settled(lakeStore[t.Chain.Table]))); ticks++)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
                foreach (var table in tables.Where(_ => random.Next(3) == 0))
                {
                    await table.RevealNextAsync(store);
                }

                faults = !tables.All(t => t.Revealed) || ticks < 200;
                await InjectAsync(random, faults, tables, lakeStore, athena, tick, Count);
                var before = athena.Calls;
                try
                {
                    await tick.RunAsync(settings, 1, CancellationToken.None, tables.ToDictionary(t => t.Chain.Table, t => t.ExportState(), StringComparer.Ordinal));
                }
                catch (TimeoutException)
                {
                    Count("crashes");
                }

                if (athena.Calls - before > tables.Count)
                {
                    violations.Add($"tick {ticks}: {athena.Calls - before} Athena calls for {tables.Count} tables");
                }
            }

            violations.AddRange(tables.SelectMany(t => t.Check(lakeStore[t.Chain.Table])));
            return new LakeScenarioResult(seed, ticks, events, violations);
        }
        finally
        {
            tables.ForEach(t => t.Dispose());
        }
    }

    // Faults between ticks: a running query cancelled, throttled or failing Athena calls, and an operator's resume.
    private static async Task InjectAsync(
        Random random, bool faults, List<LakeScenarioTable> tables, InMemoryLakeStateStore lakeStore, FakeAthenaServer athena, LakeTick tick, Action<string> count)
    {
        foreach (var table in tables)
        {
            var state = lakeStore[table.Chain.Table];
            if (faults && state.Pending?.QueryExecutionId is { } running && !state.Pending.Typed && random.Next(10) == 0)
            {
                athena.Queries.Cancel(running);
                count("queries cancelled");
            }

            if (state.BlockedReason is not null && (!faults || random.Next(3) == 0))
            {
                count("resumes");
                try
                {
                    await tick.ResumeAsync(table.Chain.Table, CancellationToken.None);
                }
                catch (TimeoutException)
                {
                    count("crashes");
                }
            }
        }

        if (faults && random.Next(15) == 0)
        {
            athena.FailNextCalls.Enqueue(random.Next(2) == 0 ? "ThrottlingException" : "InternalServerException");
            count("Athena calls refused");
        }
    }
}
