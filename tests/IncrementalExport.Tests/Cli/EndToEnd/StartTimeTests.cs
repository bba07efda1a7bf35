using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>A configured start time that PITR cannot serve blocks the table with a reason, until a reset gives a good one.</summary>
public sealed class StartTimeTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Run_WhenTheStartTimeIsBeforeThePitrWindow_ShouldBlockUntilResetInsideIt()
    {
        var tooEarly = Start.AddDays(-10);
        var inside = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        await ArrangeAsync(DefaultSettings(new(Table, StartTime: tooEarly)));

        var blocked = await RunAsync();
        var text = await CliAsync("status");
        var reset = await CliAsync("reset", "--table", Table, "--from", "2026-11-21T00:00:00Z");
        var started = await RunAsync();

        Assert.Equal("Blocked", blocked.Step);
        Assert.Contains("is before the earliest restorable time 2026-11-19T10:00:07Z", blocked.Detail, StringComparison.Ordinal);
        Assert.Equal(("Blocked", "StartTimeOutsidePitrWindow", 0), (blocked.Status.Phase, blocked.Status.BlockReason, blocked.Status.Epoch));
        Assert.Matches(@"(?m)^orders\s+Blocked\(StartTimeOutsidePitrWindow\)\s+0\s", text.Out);
        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(("StartedFull", new ExportedWindow("Full", inside, inside), 1), (started.Step, started.Window, started.Status.Epoch));
        Assert.Equal(inside, Assert.Single(ControlPlane.Exports).Parameters.ExportTime);
    }
}
