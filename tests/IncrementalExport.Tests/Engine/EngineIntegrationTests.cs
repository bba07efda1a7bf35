using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Emulator.Endpoint;
using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Engine;

/// <summary>One tick at a time through the real client: what the engine asks AWS for, and what it remembers.</summary>
public sealed class EngineIntegrationTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>
{
    [Fact]
    public async Task Tick_WhenTableIsNew_ShouldRequestAFullExportAtLatestRestorableMinusMarginWithTheConfiguredDestination()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        var arn = h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings(arn, Prefix: "sales/orders", Format: ExportFormat.Ion));

        var outcome = await h.TickAsync(settings, "orders");

        Assert.Equal(StepKind.StartedFull, outcome.Step);
        var export = Assert.Single(h.Env.ControlPlane.Exports);
        Assert.Equal(ExportParameters.FullExport, export.Parameters.ExportType);
        Assert.Equal(EngineHarness.Start.AddMinutes(-7), export.Parameters.ExportTime);
        Assert.Equal("ddb/sales/orders/epoch=1/full", export.Parameters.S3Prefix);
        Assert.Equal(("exports", "KMS", settings.KmsKeyArn, "ION"), (export.Parameters.S3Bucket, export.Parameters.S3SseAlgorithm, export.Parameters.S3SseKmsKeyId, export.Parameters.ExportFormat));
        Assert.Equal(TablePhase.Exporting, outcome.Status.Phase);
        Assert.Equal(export.ExportArn, outcome.Status.InFlight!.ExportArn);
    }

    [Fact]
    public async Task Tick_WhenTheFullExportCompletes_ShouldRecordItAndChainTheNextWindowWithTheConfiguredViewType()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings("orders", ViewType: ExportViewType.NewImage));
        await h.TickAsync(settings, "orders");

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var outcome = await h.TickAsync(settings, "orders");

        Assert.Equal(StepKind.StartedIncremental, outcome.Step);
        Assert.Equal(ExportKind.Full, outcome.Recorded!.Window.Kind);
        var history = await h.Engine(settings).HistoryAsync("orders", CancellationToken.None);
        var full = Assert.Single(history);
        Assert.StartsWith("ddb/orders/epoch=1/full/AWSDynamoDB/", full.S3Prefix, StringComparison.Ordinal);
        var incremental = h.Env.ControlPlane.Exports[^1].Parameters.Incremental!;
        Assert.Equal((EngineHarness.Start.AddMinutes(-7), EngineHarness.Start.AddMinutes(15), "NEW_IMAGE"), (incremental.From, incremental.To, incremental.ViewType));
        Assert.Equal("ddb/orders/epoch=1/incremental/20261124T095300Z_20261124T101500Z", h.Env.ControlPlane.Exports[^1].Parameters.S3Prefix);
    }

    [Fact]
    public async Task Tick_WhenTheTableIsConfiguredByName_ShouldResolveItsArnWithDescribeTable()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        var arn = h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));

        await h.TickAsync(h.Settings(new TableSettings("orders")), "orders");

        Assert.Equal(arn, Assert.Single(h.Env.ControlPlane.Exports).Parameters.TableArn);
        Assert.Equal(1, h.Env.Endpoint.Calls.Count("DescribeTable"));
    }

    [Fact]
    public async Task Ticks_OfEnginesBuiltPerInvocationOverOneClient_ShouldDescribeATableConfiguredByNameOnce()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings("orders"));

        // Each TickAsync builds a new engine, as each invocation of the function does.
        await h.TickAsync(settings, "orders");
        h.Clock.Advance(TimeSpan.FromMinutes(30));
        var next = await h.TickAsync(settings, "orders");

        Assert.Equal(StepKind.StartedIncremental, next.Step);
        Assert.Equal(2, h.Env.ControlPlane.Exports.Count);
        Assert.Equal(1, h.Env.Endpoint.Calls.Count("DescribeTable"));
    }

    [Fact]
    public async Task Tick_WhenTheAccountIsAtItsExportLimit_ShouldDeferAndReissueTheSameRequestNextTime()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings("orders"));
        h.Env.Endpoint.Faults.Enqueue(InjectedFault.LimitExceeded, "ExportTableToPointInTime");

        var deferred = await h.TickAsync(settings, "orders");
        var started = await h.TickAsync(settings, "orders");

        Assert.Equal((StepKind.Deferred, TablePhase.Starting), (deferred.Step, deferred.Status.Phase));
        Assert.Equal(StepKind.StartedFull, started.Step);
        Assert.Single(h.Env.ControlPlane.Exports);
    }

    [Fact]
    public async Task Tick_WhenMoreTablesWantToStartThanTheInFlightCapAllows_ShouldStartOnlyUpToTheCap()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        var tables = Enumerable.Range(0, 5).Select(i => $"t{i}").ToList();
        tables.ForEach(t => h.Env.ControlPlane.RegisterTable(t, pitrEnabledSince: EngineHarness.Start.AddDays(-2)));
        var settings = h.Settings([.. tables.Select(t => new TableSettings(t))]) with { MaxExportsInFlight = 3 };

        var report = await h.Engine(settings).TickAsync(new TickRequest(), CancellationToken.None);

        Assert.Equal(3, report.Tables.Count(o => o.Step == StepKind.StartedFull));
        Assert.Equal(2, report.Tables.Count(o => o.Step == StepKind.CapReached));
        Assert.Equal(3, h.Env.ControlPlane.Exports.Count);
    }

    [Fact]
    public async Task Tick_WhenPastTheDeadline_ShouldStartNothingButStillFollowExportsInFlight()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        h.Env.ControlPlane.RegisterTable("a", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        h.Env.ControlPlane.RegisterTable("b", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings("a"), new TableSettings("b"));
        await h.TickAsync(settings, "a");
        h.Clock.Advance(TimeSpan.FromMinutes(30));

        var report = await h.Engine(settings).TickAsync(new TickRequest(StopStartingAt: h.Clock.GetUtcNow()), CancellationToken.None);

        Assert.True(report.StoppedForDeadline);
        Assert.Equal(ExportKind.Full, report.Tables[0].Recorded!.Window.Kind);
        Assert.All(report.Tables, o => Assert.Equal(StepKind.DeadlineReached, o.Step));
        Assert.Single(h.Env.ControlPlane.Exports);
    }

    [Fact]
    public async Task Tick_WhenAnIntentOutlivedTheClientTokenAfterACrash_ShouldAdoptTheExportItStartedInsteadOfStartingASecond()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings("orders"));
        await h.TickAsync(settings, "orders");
        var stored = (await h.Engine(settings).StatusAsync(["orders"], CancellationToken.None)).Single();
        var lost = await LoseTheArnAsync(h, settings);

        h.Clock.Advance(TimeSpan.FromHours(9));
        var outcome = await h.TickAsync(settings, "orders");

        Assert.Equal(stored.InFlight!.ExportArn, lost);
        Assert.Equal(lost, outcome.Status.InFlight?.ExportArn ?? outcome.Recorded?.ExportArn);
        Assert.Equal(1, h.Env.ControlPlane.Exports.Count(e => e.Parameters.ExportType == ExportParameters.FullExport));
    }

    [Fact]
    public async Task Tick_WhenOnlyAwsClockPassedTheTokenLifetime_ShouldStillAdoptTheExportInsteadOfStartingASecond()
    {
        await using var h = await EngineHarness.StartAsync(dynalite.Server);
        h.Env.ControlPlane.RegisterTable("orders", pitrEnabledSince: EngineHarness.Start.AddDays(-2));
        var settings = h.Settings(new TableSettings("orders"));
        var hostClock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(EngineHarness.Start);
        await ExportEngineFactory.Create(settings, h.Env.Client, hostClock).TickAsync(new TickRequest(), CancellationToken.None);
        var lost = await LoseTheArnAsync(h, settings);

        h.Clock.Advance(TimeSpan.FromHours(9));
        var report = await ExportEngineFactory.Create(settings, h.Env.Client, hostClock).TickAsync(new TickRequest(), CancellationToken.None);

        Assert.Equal(lost, report.Tables[0].Status.InFlight?.ExportArn ?? report.Tables[0].Recorded?.ExportArn);
        Assert.Single(h.Env.ControlPlane.Exports);
    }

    /// <summary>Rewrites the state as a crash after the start call leaves it: the intent without the ARN.</summary>
    private static async Task<string> LoseTheArnAsync(EngineHarness h, ExportSettings settings)
    {
        var state = await h.RewriteStateAsync(settings, "orders", s => s with { InFlight = s.InFlight! with { ExportArn = null }, Phase = TablePhase.Starting });
        return state.InFlight!.ExportArn!;
    }
}
