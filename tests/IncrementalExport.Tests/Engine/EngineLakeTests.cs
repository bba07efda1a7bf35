using Amazon;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.Athena;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Engine;

/// <summary>
/// The engine with the lake on: the state table in dynalite, exports through the control-plane fake, the apply chain
/// through the Athena adapter against the fake Athena. A Blocked apply chain never holds up the export chain.
/// </summary>
public sealed class EngineLakeTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>
{
    [Fact]
    public async Task Ticks_WhenEveryApplyFails_ShouldBlockTheApplyChainWhileExportsGoOnAndResumeClearsIt()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        await using var athena = await FakeAthenaServer.StartAsync(["lake"], _ => FakeQueryOutcome.Failed("ICEBERG_COMMIT_ERROR: injected"));
        athena.Queries.PollsBeforeDone = 0;
        var settings = h.Settings(new TableSettings("orders"));
        var engine = Engine(h, settings, athena);

        int? historyWhenBlocked = null;
        for (var i = 0; i < 40; i++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(5));
            var report = await engine.TickAsync(new TickRequest(), CancellationToken.None);
            var apply = Assert.Single(report.Lake);
            Assert.Null(apply.Error);
            if (historyWhenBlocked is null && apply.State?.BlockedReason is not null)
            {
                historyWhenBlocked = (await engine.HistoryAsync("orders", CancellationToken.None)).Count;
            }
        }

        var history = await engine.HistoryAsync("orders", CancellationToken.None);
        Assert.NotNull(historyWhenBlocked);
        Assert.True(history.Count > historyWhenBlocked, $"no export recorded after the apply chain was Blocked ({history.Count})");
        var status = Assert.Single(await engine.StatusAsync(null, CancellationToken.None));
        Assert.Equal(BlockReason.None, status.BlockReason);
        Assert.StartsWith("the typing query of the apply of sequences 0–", status.Apply!.BlockedReason, StringComparison.Ordinal);
        Assert.Null(status.Apply.AppliedThrough);

        var resumed = await engine.ResumeAsync("orders", CancellationToken.None);

        Assert.True(resumed.Changed);
        Assert.Contains("apply chain resumed", resumed.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await engine.StatusAsync(null, CancellationToken.None)).Apply!.BlockedReason);
    }

    [Fact]
    public async Task Ticks_WhenAthenaSucceeds_ShouldMoveTheSecondWatermarkAndShowTheApplyLag()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        await using var athena = await FakeAthenaServer.StartAsync(["lake"], HeaderOnly);
        athena.Queries.PollsBeforeDone = 0;
        var settings = h.Settings(new TableSettings("orders"));
        var engine = Engine(h, settings, athena);

        for (var i = 0; i < 120; i++)
        {
            // Five-minute ticks while the exports catch up, then one-minute ticks: the apply chain (typing query, its
            // results, then each statement started and followed) catches up too.
            h.Clock.Advance(TimeSpan.FromMinutes(i < 30 ? 5 : 1));
            await engine.TickAsync(new TickRequest(), CancellationToken.None);
        }

        var history = await engine.HistoryAsync("orders", CancellationToken.None);
        var apply = Assert.Single(await engine.StatusAsync(null, CancellationToken.None)).Apply!;
        Assert.True(apply.AppliedThrough >= 1 && apply.AppliedThrough >= history[^1].Sequence - 1, $"applied {apply.AppliedThrough} of {history[^1].Sequence}: {apply.Applying}");
        var applied = history.Single(e => e.Sequence == apply.AppliedThrough);
        Assert.Equal((applied.Window.To, h.Clock.GetUtcNow() - applied.Window.To), (apply.AppliedTo, apply.Lag));
        Assert.Null(apply.BlockedReason);
    }

    [Fact]
    public async Task AnIdleTick_WithEveryExportApplied_ShouldReadTheApplyChainsInOneBatchAndCallNothingElse()
    {
        await using var h = await EngineHarness.StartWithOrdersAsync(dynalite.Server);
        await using var athena = await FakeAthenaServer.StartAsync(["lake"], HeaderOnly);
        athena.Queries.PollsBeforeDone = 0;
        var engine = Engine(h, h.Settings(new TableSettings("orders")), athena);
        for (var i = 0; i < 90; i++)
        {
            h.Clock.Advance(TimeSpan.FromMinutes(i < 30 ? 5 : 1));
            await engine.TickAsync(new TickRequest(), CancellationToken.None);
        }

        var idleTicks = 0;
        for (var i = 0; i < 60 && idleTicks == 0; i++)
        {
            var apply = Assert.Single(await engine.StatusAsync(null, CancellationToken.None)).Apply!;
            var last = (await engine.HistoryAsync("orders", CancellationToken.None))[^1].Sequence;
            h.Clock.Advance(TimeSpan.FromMinutes(1));
            h.Env.Endpoint.Calls.Reset();
            var athenaCalls = athena.Calls;

            var report = await engine.TickAsync(new TickRequest(), CancellationToken.None);

            // A tick where the export chain had nothing to do and the lake had applied its last export.
            if (report.LeftAlone.Contains("orders") && apply.AppliedThrough == last && apply.Applying is null)
            {
                Assert.Equal(new Dictionary<string, long> { ["BatchGetItem"] = 2 }, h.Env.Endpoint.Calls.Snapshot());
                Assert.Equal(athenaCalls, athena.Calls);
                Assert.Equal(last, Assert.Single(report.Tables).Status.Apply?.AppliedThrough);
                idleTicks++;
            }
        }

        Assert.Equal(1, idleTicks);
    }

    // The typing query answers its header and no attribute (the statements are not executed here); the rest succeed.
    private static FakeQueryOutcome HeaderOnly(string sql) =>
        sql.StartsWith("SELECT ", StringComparison.Ordinal) ? FakeQueryOutcome.Selected([LakeTyping.Columns]) : FakeQueryOutcome.Succeeded;

    // The engine as the function builds it (the factory), with the Athena adapter pointed at the fake.
    private static IExportEngine Engine(EngineHarness h, ExportSettings settings, FakeAthenaServer athena)
    {
        var api = AthenaJsonApi.Create("lake", new Uri(athena.ServiceUrl), RegionEndpoint.USEast1, () => new BasicAWSCredentials("AKID", "secret"));
        return ExportEngineFactory.Create(settings with { DataLake = new LakeSettings("lake_db", "lake") }, h.Env.Client, h.Clock, _ => api);
    }
}
