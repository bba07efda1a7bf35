using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.Materialize;
using IncrementalExport.TestServers.Lake;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>What the apply step reads: no history for a lake that has applied everything, key names once per epoch.</summary>
public sealed class LakeTickReadTests
{
    [Fact]
    public async Task Tick_WhenTheLakeHasAppliedEveryCompletedExport_ShouldNotReadTheHistory()
    {
        using var chain = new ChainFolder();
        RandomHistory.Write(chain, 21);
        var plan = ApplyPlanner.Plan(chain.Table, chain.History);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        await lake.LoadAsync(plan, new DirectoryExportFiles(chain.Root));
        await using var server = await FakeAthenaServer.StartAsync(["lake"], lake.Answer);
        var (tick, lakeStore, clock, store) = await LakeTickTests.SetUpWithStoreAsync(chain, lake, server, new LakeChainOptions());
        var last = chain.History[^1];
        var exports = new Dictionary<string, TableState>(StringComparer.Ordinal)
        {
            [chain.Table] = TableState.NewTable(chain.Table) with { Epoch = last.Epoch, CompletedInEpoch = last.Sequence + 1 },
        };
        for (var i = 0; i < 200 && !LakeTickTests.Settled(lakeStore[chain.Table], plan); i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None, exports);
        }

        Assert.True(LakeTickTests.Settled(lakeStore[chain.Table], plan));
        var (reads, calls) = (store.HistoryReads, server.Calls);
        clock.Advance(TimeSpan.FromMinutes(15));
        var idle = (await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None, exports)).Single();

        Assert.Equal((reads, calls, (DateTimeOffset?)null, (string?)null), (store.HistoryReads, server.Calls, idle.Due, idle.Error));

        // One more completed export than the lake has applied: the history is read again.
        exports[chain.Table] = exports[chain.Table] with { CompletedInEpoch = last.Sequence + 2 };
        await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None, exports);
        Assert.Equal(reads + 1, store.HistoryReads);

        // A new epoch whose full export is still running: the lake's own epoch is read from where it stands, as a range.
        var whole = store.WholeHistoryReads;
        exports[chain.Table] = exports[chain.Table] with { Epoch = last.Epoch + 1, CompletedInEpoch = 0 };
        var waiting = (await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None, exports)).Single();
        Assert.Equal((reads + 2, whole, (string?)null), (store.HistoryReads, store.WholeHistoryReads, waiting.Error));
    }

    [Fact]
    public async Task Tick_InAnEpochItHasNoKeyNamesFor_ShouldAskForThemOnceAndKeepTheEpoch()
    {
        using var chain = new ChainFolder();
        RandomHistory.Write(chain, 22);
        var plan = ApplyPlanner.Plan(chain.Table, chain.History);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        await using var server = await FakeAthenaServer.StartAsync(["lake"], lake.Answer);
        var asked = 0;
        var (tick, lakeStore, clock, _) = await LakeTickTests.SetUpWithStoreAsync(chain, lake, server, new LakeChainOptions(), () =>
        {
            asked++;
            return LakeFixtures.TableOf(chain).KeyNames;
        });

        // Key names kept from an earlier epoch (a table of that name may have had another key schema then).
        var earlier = LakeChainState.Empty with { KeyNames = ["old_key"], KeyNamesEpoch = plan.Epoch - 1 };
        Assert.True(await lakeStore.TryWriteAsync(chain.Table, earlier, 0, CancellationToken.None));
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await tick.RunAsync([new TableSettings(chain.Table)], 1, CancellationToken.None);
        }

        Assert.Equal(1, asked);
        Assert.Equal(LakeFixtures.TableOf(chain).KeyNames, lakeStore[chain.Table].KeyNames!);
        Assert.Equal(plan.Epoch, lakeStore[chain.Table].KeyNamesEpoch);
    }

    [Fact]
    public async Task Tick_WhenOneChainItemIsMalformed_ShouldReportItForThatTableAndGoOnWithTheOthers()
    {
        using var chain = new ChainFolder();
        RandomHistory.Write(chain, 23);
        using var lake = new LakeOnDuckDb(LakeFixtures.TableOf(chain));
        await using var server = await FakeAthenaServer.StartAsync(["lake"], lake.Answer);
        var (tick, lakeStore, clock, _) = await LakeTickTests.SetUpWithStoreAsync(chain, lake, server, new LakeChainOptions());
        lakeStore.Malformed.Add("broken");
        clock.Advance(TimeSpan.FromMinutes(1));

        var outcomes = await tick.RunAsync([new TableSettings("broken"), new TableSettings(chain.Table)], 2, CancellationToken.None);

        Assert.Equal((null, "the LAKE item of 'broken' is malformed"), (outcomes[0].State, outcomes[0].Error));
        Assert.Equal((chain.Table, (string?)null), (outcomes[1].Table, outcomes[1].Error));
        Assert.NotNull(outcomes[1].State!.Pending);
    }
}
