using Amazon;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.InMemory;
using IncrementalExport.TestServers.Lake;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>
/// The engine's apply step (<see cref="LakeTick"/>) over the state store's history and the apply chain's item, through
/// the Athena adapter against the fake Athena that runs each query on DuckDB.
/// </summary>
public sealed class LakeTickTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(21, false)]
    [InlineData(22, false)]
    [InlineData(23, true)]
    [InlineData(24, true)]
    [InlineData(25, true)]
    public async Task Ticks_WithOrWithoutCrashesFailuresAndCancels_ShouldSettleToTheSourceWithOneAthenaCallPerTick(int seed, bool crash)
    {
        var random = new Random(seed);
        using var chain = new ChainFolder();
        var expected = RandomHistory.Write(chain, seed);
        var plan = ApplyPlanner.Plan(chain.Table, chain.History);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        await lake.LoadAsync(plan, new DirectoryExportFiles(chain.Root));
        var failed = 0;
        await using var server = await FakeAthenaServer.StartAsync(["lake"], sql =>
        {
            if (crash && random.Next(6) == 0)
            {
                failed++;
                return FakeQueryOutcome.Failed("ICEBERG_COMMIT_ERROR: injected");
            }

            return lake.Answer(sql);
        });
        var (tick, lakeStore, clock) = await SetUpAsync(chain, lake, server, new LakeChainOptions(MaxExports: 2, MaxFailures: 2, FirstBackoff: TimeSpan.FromMinutes(1), CompactEvery: 3));
        var crashes = 0;
        lakeStore.Crash = () =>
        {
            if (!crash || random.Next(6) != 0)
            {
                return (false, false);
            }

            crashes++;
            return random.Next(2) == 0 ? (true, false) : (false, true);
        };

        var calls = 0;
        for (var i = 0; i < 500 && !Settled(lakeStore[chain.Table], plan); i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            if (lakeStore[chain.Table].Pending?.QueryExecutionId is { } running && crash && random.Next(8) == 0)
            {
                server.Queries.Cancel(running);
                failed++;
            }

            var before = server.Calls;
            try
            {
                await tick.ResumeAsync(chain.Table, CancellationToken.None);
                await tick.RunAsync([new TableSettings(chain.Table)], 4, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                // The invocation died; the next tick starts from what was saved.
            }

            Assert.True(server.Calls - before <= 1, "more than one Athena call for one table in one tick");
            calls += server.Calls - before;
        }

        Assert.True(Settled(lakeStore[chain.Table], plan), $"did not settle: {lakeStore[chain.Table]}");
        Assert.True(calls > 0);
        Assert.Equal(crash, crashes > 0 && failed > 0);
        Assert.Equal(expected.Select(ItemJson.Canonical).Order(StringComparer.Ordinal), lake.Items().Select(ItemJson.Canonical).Order(StringComparer.Ordinal));
        var once = lake.Statements.Where(q => !q.StartsWith("OPTIMIZE", StringComparison.Ordinal) && !q.StartsWith("VACUUM", StringComparison.Ordinal)).ToList();
        Assert.Equal(once.Count, once.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Ticks_WhenEveryQueryFails_ShouldBackOffThenBlockWithTheErrorAndResumeRetries()
    {
        using var chain = new ChainFolder();
        RandomHistory.Write(chain, 31);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        var fail = true;
        await using var server = await FakeAthenaServer.StartAsync(["lake"], sql =>
        {
            if (fail)
            {
                return FakeQueryOutcome.Failed("ICEBERG_COMMIT_ERROR: injected");
            }

            return lake.Answer(sql);
        });
        await lake.LoadAsync(ApplyPlanner.Plan(chain.Table, chain.History), new DirectoryExportFiles(chain.Root));
        var (tick, lakeStore, clock) = await SetUpAsync(chain, lake, server, new LakeChainOptions(MaxFailures: 2, FirstBackoff: TimeSpan.FromMinutes(5)));
        var outcomes = new List<LakeOutcome>();
        for (var i = 0; i < 60 && lakeStore[chain.Table].BlockedReason is null; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            outcomes.Add((await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None)).Single());
        }

        var blocked = lakeStore[chain.Table];
        Assert.StartsWith("the typing query of the apply of sequences 0–0 failed 2 times; last: FAILED: ICEBERG_COMMIT_ERROR: injected", blocked.BlockedReason, StringComparison.Ordinal);
        Assert.Contains(outcomes, o => o.State!.RetryAt is { } at && o.Due == at);
        Assert.True(outcomes.Count(o => o.State!.RetryAt is { } at && o.Due == at) >= 3, "the ticks that wait out the backoff must ask to wake at its end");
        Assert.Null(blocked.Applied);
        var calls = server.Calls;
        clock.Advance(TimeSpan.FromHours(1));
        var still = (await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None)).Single();
        Assert.Equal((calls, (DateTimeOffset?)null), (server.Calls, still.Due));

        fail = false;
        Assert.True(await tick.ResumeAsync(chain.Table, CancellationToken.None));
        for (var i = 0; i < 200 && lakeStore[chain.Table].Applied?.AppliedThrough != chain.History[^1].Sequence; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None);
        }

        Assert.Equal(chain.History[^1].Sequence, lakeStore[chain.Table].Applied?.AppliedThrough);
        Assert.False(await tick.ResumeAsync(chain.Table, CancellationToken.None));
    }

    internal static bool Settled(LakeChainState state, ApplyPlan plan) =>
        state.Pending is null && state.Applied?.AppliedThrough == plan.Exports[^1].Sequence;

    private static async Task<(LakeTick Tick, InMemoryLakeStateStore Store, FakeTimeProvider Clock)> SetUpAsync(
        ChainFolder chain, LakeOnDuckDb lake, FakeAthenaServer server, LakeChainOptions options)
    {
        var (tick, lakeStore, clock, _) = await SetUpWithStoreAsync(chain, lake, server, options);
        return (tick, lakeStore, clock);
    }

    internal static async Task<(LakeTick Tick, InMemoryLakeStateStore Store, FakeTimeProvider Clock, InMemoryStateStore History)> SetUpWithStoreAsync(
        ChainFolder chain, LakeOnDuckDb lake, FakeAthenaServer server, LakeChainOptions options, Func<IReadOnlyList<string>>? keyNames = null)
    {
        var store = new InMemoryStateStore();
        foreach (var entry in chain.History)
        {
            await store.PutHistoryAsync(entry, CancellationToken.None);
        }

        var lakeStore = new InMemoryLakeStateStore();
        var clock = new FakeTimeProvider(Start);
        var api = AthenaJsonApi.Create("lake", new Uri(server.ServiceUrl), RegionEndpoint.USEast1, () => new BasicAWSCredentials("AKID", "secret"));
        var step = new LakeChainStep(api, options);
        var keys = LakeFixtures.TableOf(chain).KeyNames;
        return (new LakeTick(store, lakeStore, step, (_, _) => Task.FromResult(keyNames?.Invoke() ?? keys), (_, k) => LakeFixtures.TableOf(chain) with { KeyNames = k }, clock), lakeStore, clock, store);
    }
}
