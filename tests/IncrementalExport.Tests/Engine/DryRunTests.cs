using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.TestServers.InMemory;
using IncrementalExport.TestServers.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Engine;

/// <summary>A dry run (plan) is the same decision as a run, with no effect applied: no write, no history entry, no start call.</summary>
public sealed class DryRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Situations() =>
        ["new table", "export in progress", "export completed", "export failed", "start recorded, not accepted", "export lost", "PITR off"];

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task Tick_WhenDryRun_ShouldReportTheDecisionOfARunWithoutAnyWriteOrStart(string situation)
    {
        var world = await WorldAsync(situation);
        var before = Stored(world);
        var exports = world.Model.Exports.Count;

        var plan = await TickAsync(world, dryRun: true);
        var planned = (world.Ports.Writes, world.Ports.HistoryPuts, world.Ports.Starts);
        var (afterPlan, exportsAfterPlan) = (Stored(world), world.Model.Exports.Count);
        var run = await TickAsync(world, dryRun: false);

        Assert.Equal((0, 0, 0), planned);
        Assert.Equal((before, exports), (afterPlan, exportsAfterPlan));
        Assert.Contains("state unchanged", plan.Detail, StringComparison.Ordinal);
        if (plan.Step == StepKind.Completed)
        {
            // A run goes on to the next window in the same tick; what it recorded is the completion the plan showed.
            Assert.Equal((plan.Window, plan.ExportArn), (run.Recorded?.Window, run.Recorded?.ExportArn));
            Assert.StartsWith("would record " + StateNote.Window(plan.Window!), plan.Detail, StringComparison.Ordinal);
            Assert.StartsWith("recorded " + StateNote.Window(plan.Window!), run.Detail, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal((plan.Step, plan.Window), (run.Step, run.Window));
        }

        Assert.Equal(Expected[situation], plan.Step);
        Assert.Equal(situation == "export in progress", world.Ports.Writes == 0);
        Assert.Equal((before?.Version ?? 0) + world.Ports.Writes, Stored(world)?.Version ?? 0);
    }

    private static readonly Dictionary<string, StepKind> Expected = new(StringComparer.Ordinal)
    {
        ["new table"] = StepKind.StartedFull,
        ["export in progress"] = StepKind.InProgress,
        ["export completed"] = StepKind.Completed,
        ["export failed"] = StepKind.Failed,
        ["start recorded, not accepted"] = StepKind.StartedFull,
        ["export lost"] = StepKind.Failed,
        ["PITR off"] = StepKind.Blocked,
    };

    private static TableState? Stored(World world) => world.Store.Snapshot().GetValueOrDefault("orders");

    private static async Task<TableOutcome> TickAsync(World world, bool dryRun) =>
        (await new ExportEngine(world.Settings, world.Ports, world.Ports, world.Clock).TickAsync(new TickRequest(["orders"], DryRun: dryRun), CancellationToken.None)).Tables.Single();

    private static async Task<World> WorldAsync(string situation)
    {
        var clock = new FakeTimeProvider(Start);
        var model = new FakeExportControlPlane(clock);
        model.RegisterTable("orders", pitrEnabled: situation != "PITR off", pitrEnabledSince: Start.AddDays(-2));
        var store = new InMemoryStateStore();
        var settings = new ExportSettings { Bucket = "exports", StateTable = "state", Tables = [new TableSettings("orders")] };
        var setup = new ExportEngine(settings, store, new ModelExportApi(model), clock);
        if (situation is not ("new table" or "PITR off"))
        {
            model.FailNextExports(situation == "export failed" ? 1 : 0);
            await setup.TickAsync(new TickRequest(["orders"]), CancellationToken.None);
        }

        switch (situation)
        {
            case "export completed" or "export failed":
                clock.Advance(TimeSpan.FromMinutes(6));
                break;
            case "start recorded, not accepted":
                var started = store.Snapshot()["orders"];
                await store.TryWriteAsync(started with { InFlight = started.InFlight! with { ExportArn = null }, Version = started.Version + 1 }, started.Version, CancellationToken.None);
                break;
            case "export lost":
                model.ExportRetention = TimeSpan.FromMinutes(1);
                clock.Advance(TimeSpan.FromMinutes(2));
                break;
        }

        return new World(clock, model, store, settings, new CountingPorts(store, new ModelExportApi(model)));
    }

    private sealed record World(FakeTimeProvider Clock, FakeExportControlPlane Model, InMemoryStateStore Store, ExportSettings Settings, CountingPorts Ports);
}
