using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>plan says what the next run would do and changes nothing: same status, same exports, same history.</summary>
public sealed class PlanTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Plan_WhenTableIsNew_ShouldShowTheFullExportItWouldStartAndChangeNothing()
    {
        await ArrangeAsync();
        var before = await StatusAsync();

        var plan = await CliAsync("plan");
        var after = await StatusAsync();
        var startsAfterPlan = Env.Endpoint.Calls.Count("ExportTableToPointInTime");
        var run = await RunAsync();

        Assert.Equal((0, ""), (plan.ExitCode, plan.Error));
        Assert.Matches(@"(?m)^orders\s+StartedFull\s+full 2026-11-24T09:53:00Z\s+-\s+would start full export at 2026-11-24T09:53:00Z", plan.Out);
        Assert.Contains("Plan only: nothing was started or written.\n", plan.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // The full export it would start cannot be estimated yet: the function would look again a minute later.
        Assert.Matches(@"Next wake-up: 2026-11-24T\d\d:\d\d:\d\dZ \(the earliest time a table can have work after this tick\)\.\n$", plan.Out.ReplaceLineEndings("\n"));
        Assert.Equal(before.Json, after.Json);
        Assert.Equal("New", after.Phase);
        Assert.Equal(0, startsAfterPlan);
        Assert.Empty(ControlPlane.Exports.SkipLast(1));
        Assert.Equal("StartedFull", run.Step);
        Assert.Equal(new ExportedWindow("Full", new(2026, 11, 24, 9, 53, 0, TimeSpan.Zero), new(2026, 11, 24, 9, 53, 0, TimeSpan.Zero)), run.Window);
    }

    [Fact]
    public async Task Plan_WhenTheExportInFlightHasCompleted_ShouldSayItWouldRecordItAndChangeNothing()
    {
        await ArrangeAsync();
        await RunAsync();
        Time.Advance(TimeSpan.FromMinutes(30));
        var before = await StatusAsync();
        var exportsBefore = ControlPlane.Exports;

        var plan = await CliAsync("plan", "--json");
        var after = await StatusAsync();
        var historyAfterPlan = await HistoryAsync();

        using var document = System.Text.Json.JsonDocument.Parse(plan.Out);
        var outcome = TickOutcome.From(document.RootElement.GetProperty("tables")[0]);
        Assert.True(document.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(("Completed", exportsBefore[0].ExportArn), (outcome.Step, outcome.ExportArn));
        Assert.StartsWith("would record full export at 2026-11-24T09:53:00Z as completed", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(before.Json, after.Json);
        Assert.Equal(exportsBefore, ControlPlane.Exports);
        Assert.Empty(historyAfterPlan);
    }

    [Fact]
    public async Task Plan_WhenAWindowIsDue_ShouldShowItWithoutStartingIt()
    {
        await ArrangeAsync();
        await RunAsync();
        AdvancePastExport();
        await RunAsync();
        Time.Advance(TimeSpan.FromMinutes(20));
        var before = await StatusAsync();
        var startsBefore = Env.Endpoint.Calls.Count("ExportTableToPointInTime");

        var plan = await CliAsync("plan", "--table", Table);
        var after = await StatusAsync();
        var run = await RunAsync();

        Assert.Matches(@"(?m)^orders\s+StartedIncremental\s+incremental 2026-11-24T09:53:00Z/2026-11-24T10:15:00Z\s+-\s+would start incremental", plan.Out);
        Assert.Equal(before.Json, after.Json);
        Assert.Equal(1, startsBefore);
        Assert.Equal(("StartedIncremental", new ExportedWindow("Incremental", new(2026, 11, 24, 9, 53, 0, TimeSpan.Zero), new(2026, 11, 24, 10, 15, 0, TimeSpan.Zero))), (run.Step, run.Window));
        Assert.Equal(2, Env.Endpoint.Calls.Count("ExportTableToPointInTime"));
    }
}
