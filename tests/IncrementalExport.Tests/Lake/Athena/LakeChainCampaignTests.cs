using Amazon;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.Materialize;
using IncrementalExport.Materialize.Checking;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>
/// The apply chain driven tick by tick through the Athena adapter against the fake Athena, which runs each query on
/// DuckDB when it leaves RUNNING; with crashes between any two steps (before or after a save), failed and cancelled
/// queries, over random histories. After settling, the view equals the replayed history and no statement ran twice.
/// </summary>
public sealed class LakeChainCampaignTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public async Task Chain_WithCrashesFailuresAndCancels_ShouldSettleToTheReplayedHistory(int seed)
    {
        var random = new Random(seed);
        using var chain = new ChainFolder();
        var expected = RandomHistory.Write(chain, seed);
        var plan = ApplyPlanner.Plan(chain.Table, chain.History);
        var table = LakeFixtures.TableOf(chain);
        using var lake = new LakeOnDuckDb(table);
        await lake.LoadAsync(plan, new DirectoryExportFiles(chain.Root));
        var failed = 0;
        await using var server = await FakeAthenaServer.StartAsync(["lake"], sql =>
        {
            if (random.Next(5) == 0)
            {
                failed++;
                return FakeQueryOutcome.Failed("ICEBERG_COMMIT_ERROR: injected");
            }

            return lake.Answer(sql);
        });
        var api = AthenaJsonApi.Create("lake", new Uri(server.ServiceUrl), RegionEndpoint.USEast1, () => new BasicAWSCredentials("AKID", "secret"));
        var options = new LakeChainOptions(MaxExports: 1 + random.Next(3), MaxFailures: 3, FirstBackoff: TimeSpan.FromMinutes(1), CompactEvery: 2);
        var step = new LakeChainStep(api, options);

        var saved = LakeChainState.Empty;
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        var (crashes, cancels) = (0, 0);
        for (var tick = 0; tick < 2000 && !(saved.Applied?.AppliedThrough == plan.Exports[^1].Sequence && saved.Pending is null); tick++)
        {
            now = now.AddMinutes(1);
            if (saved.BlockedReason is not null)
            {
                saved = LakeChain.Resume(saved);
            }

            if (saved.Pending?.QueryExecutionId is { } running && random.Next(8) == 0)
            {
                server.Queries.Cancel(running);
                cancels++;
            }

            try
            {
                await step.TickAsync(table, saved, plan, now, (next, _) =>
                {
                    if (random.Next(10) == 0)
                    {
                        crashes++;
                        throw new TimeoutException("crash before the save");
                    }

                    saved = next;
                    if (random.Next(10) == 0)
                    {
                        crashes++;
                        throw new TimeoutException("crash after the save");
                    }

                    return Task.CompletedTask;
                }, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                // The invocation died; the next tick starts from what was saved.
            }
        }

        Assert.True(saved.Pending is null && saved.Applied?.AppliedThrough == plan.Exports[^1].Sequence, $"did not settle: {saved}");
        Assert.Equal(expected.Select(ItemJson.Canonical).Order(StringComparer.Ordinal), lake.Items().Select(ItemJson.Canonical).Order(StringComparer.Ordinal));
        var once = lake.Statements.Where(q => !q.StartsWith("OPTIMIZE", StringComparison.Ordinal) && !q.StartsWith("VACUUM", StringComparison.Ordinal)).ToList();
        Assert.Equal(once.Count, once.Distinct(StringComparer.Ordinal).Count());
        Assert.True(crashes > 0 && failed + cancels > 0, $"crashes {crashes}, failed {failed}, cancels {cancels}");
    }
}
