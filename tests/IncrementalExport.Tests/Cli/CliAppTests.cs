using System.Text.Json;

namespace IncrementalExport.Tests.Cli;

/// <summary>The CLI end to end in process over a fake engine: what each command asks of the engine and prints.</summary>
public sealed class CliAppTests : IDisposable
{
    private const string S = CliHarness.SettingsToken;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task RunAsync_WhenStatusSucceeds_ShouldPrintToStdoutAndExitZero()
    {
        var result = await _cli.RunAsync("status", "--settings", S);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1h05m", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
        Assert.Null(_cli.Engine.LastStatusTables);
        Assert.Equal("{}", _cli.ParsedText);
    }

    [Fact]
    public async Task RunAsync_WhenStatusJson_ShouldPrintTheStatusReport()
    {
        var result = await _cli.RunAsync("status", "--settings", S, "--json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal("status", document.RootElement.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("tables").ValueKind);
    }

    [Fact]
    public async Task RunAsync_WhenTableGivenAsArn_ShouldPassTheConfiguredName()
    {
        await _cli.RunAsync("status", "--settings", S, "--table", CliSamples.CustomersArn);

        Assert.Equal(["customers"], _cli.Engine.LastStatusTables);
    }

    [Theory]
    [InlineData("run", false)]
    [InlineData("plan", true)]
    public async Task RunAsync_WhenTicking_ShouldSendDryRunOnlyForPlan(string command, bool dryRun)
    {
        var result = await _cli.RunAsync(command, "--settings", S, "--table", "customers", "--table", "orders");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(dryRun, _cli.Engine.LastTick?.DryRun);
        Assert.Equal(["customers", "orders"], _cli.Engine.LastTick?.Tables);
        Assert.Null(_cli.Engine.LastTick?.StopStartingAt);
        Assert.Contains("StartedIncremental", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenRunWithoutTables_ShouldTickEveryTable()
    {
        await _cli.RunAsync("run", "--settings", S);

        Assert.Null(_cli.Engine.LastTick?.Tables);
    }

    [Theory]
    [InlineData("pause", "pause orders")]
    [InlineData("resume", "resume orders")]
    [InlineData("reset", "reset orders")]
    [InlineData("history", "history orders")]
    public async Task RunAsync_WhenOperatorCommand_ShouldCallEngineOnceForThatTable(string command, string call)
    {
        var result = await _cli.RunAsync(command, "--settings", S, "--table", "orders");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([call], _cli.Engine.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenResetWithFrom_ShouldPassTheInstant()
    {
        var result = await _cli.RunAsync("reset", "--settings", S, "--table", "orders", "--from", "2026-11-24T11:00:00+01:00");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), _cli.Engine.LastResetFrom);
        Assert.Contains("orders: reset requested", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Created state table 'incremental-export-test-state'.")]
    [InlineData(false, "State table 'incremental-export-test-state' already exists; nothing changed.")]
    public async Task RunAsync_WhenInit_ShouldCreateTheSettingsStateTableAndSaySo(bool created, string expected)
    {
        _cli.CreateStateTable = (_, _, _) => Task.FromResult(created);

        var result = await _cli.RunAsync("init", "--settings", S);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out.Trim());
        Assert.Equal(["incremental-export-test-state"], _cli.StateTablesCreated);
        Assert.Empty(_cli.Engine.Calls);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    public async Task RunAsync_WhenHelpOrVersion_ShouldPrintToStdoutAndExitZero(string flag)
    {
        var result = await _cli.RunAsync(flag);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(flag == "--help" ? @"(?m)^  incremental-export \[command\] \[options\]\r?$" : @"^\d+\.\d+\.\d+", result.Out);
        Assert.Equal("", result.Error);
    }
}
