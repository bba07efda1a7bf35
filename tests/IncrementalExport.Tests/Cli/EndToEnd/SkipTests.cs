using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>
/// A tick makes no call for a table that cannot have work yet, plans a due window from the PITR window last seen, and
/// when that view turns out wrong (AWS's lag grew) only waits longer: no failure, no lost window.
/// </summary>
public sealed class SkipTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Run_WhenTheNextWindowCannotBeDueYet_ShouldMakeNoCallForTheTableAndStartItOnceDueWithoutAskingForThePitrWindow()
    {
        await RecordFirstFullAsync();                         // watermark 09:53, PITR lag 5 min seen at 10:00:07
        Time.Advance(TimeSpan.FromMinutes(4));                // 10:10:07

        var idle = await RunCountingAsync();
        Time.Advance(TimeSpan.FromMinutes(12));               // 10:22:07: [09:53, 10:15) ends 2 + 5 min before now
        var started = await RunCountingAsync();

        Assert.Equal("Waiting", idle.Outcome.Step);
        Assert.Contains("cannot be due before 2026-11-24T10:22:00Z", idle.Outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(["BatchGetItem"], idle.Calls.Keys);
        Assert.Equal(("StartedIncremental", new ExportedWindow("Incremental", At(9, 53), At(10, 15))), (started.Outcome.Step, started.Outcome.Window));
        Assert.Equal(0, started.Calls.GetValueOrDefault("DescribeContinuousBackups"));
    }

    [Fact]
    public async Task Run_WhenTheExportInFlightCannotHaveEndedYet_ShouldNotDescribeIt()
    {
        await RecordFirstFullAsync();
        Time.Advance(TimeSpan.FromMinutes(16));               // 10:22:07: start [09:53, 10:15)
        Assert.Equal("StartedIncremental", (await RunAsync()).Step);
        AdvancePastExport();                                  // 10:28:07: record it; the table has seen a 5-minute export
        Assert.StartsWith("recorded incremental", (await RunAsync()).Detail, StringComparison.Ordinal);
        Time.Advance(TimeSpan.FromMinutes(9));                // 10:37:07: start [10:15, 10:30)
        Assert.Equal("StartedIncremental", (await RunAsync()).Step);
        Time.Advance(TimeSpan.FromMinutes(2));

        var inFlight = await RunCountingAsync();
        Time.Advance(TimeSpan.FromMinutes(4));                // 10:43:07: it may have ended (and has)
        var recorded = await RunCountingAsync();

        Assert.Equal("InProgress", inFlight.Outcome.Step);
        Assert.Contains("cannot have ended before 2026-11-24T10:42:07Z", inFlight.Outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(["BatchGetItem"], inFlight.Calls.Keys);
        Assert.Equal(1, recorded.Calls.GetValueOrDefault("DescribeExport"));
        Assert.StartsWith("recorded incremental [2026-11-24T10:15:00Z, 2026-11-24T10:30:00Z)", recorded.Outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenTheTableIsNamed_ShouldAskAwsEvenThoughNothingCanBeDue()
    {
        await RecordFirstFullAsync();
        Time.Advance(TimeSpan.FromMinutes(4));
        Env.Endpoint.Calls.Reset();

        var forced = await CliAsync("run", "--table", Table, "--json");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(1, Env.Endpoint.Calls.Count("DescribeContinuousBackups"));
    }

    [Fact]
    public async Task Run_WhenAwsLagGrewSinceItWasSeen_ShouldWaitWithoutAFailureAndStartTheSameWindowLater()
    {
        await RecordFirstFullAsync();
        ControlPlane.SetRestoreLag(Table, TimeSpan.FromMinutes(9));
        Time.Advance(TimeSpan.FromMinutes(16));               // 10:22:07: due by the lag seen, not restorable by AWS's

        var refused = await RunAsync();
        var status = await StatusAsync();
        Time.Advance(TimeSpan.FromMinutes(4));                // 10:26:07: 10:15 + 2 + 9 min
        var started = await RunAsync();

        Assert.Equal("Waiting", refused.Step);
        Assert.Equal((0, null, "Idle"), (status.ConsecutiveFailures, status.LastError, status.Phase));
        Assert.Equal(("StartedIncremental", new ExportedWindow("Incremental", At(9, 53), At(10, 15))), (started.Step, started.Window));
        Assert.Equal(2, ControlPlane.Exports.Count);
    }

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour, minute, 0, TimeSpan.Zero);

    private async Task RecordFirstFullAsync()
    {
        await ArrangeAsync();
        Assert.Equal("StartedFull", (await RunAsync()).Step);
        AdvancePastExport();
        Assert.StartsWith("recorded full export", (await RunAsync()).Detail, StringComparison.Ordinal);
    }

    private async Task<(TickOutcome Outcome, IReadOnlyDictionary<string, long> Calls)> RunCountingAsync()
    {
        Env.Endpoint.Calls.Reset();
        var outcome = await RunAsync();
        return (outcome, Env.Endpoint.Calls.Snapshot());
    }
}
