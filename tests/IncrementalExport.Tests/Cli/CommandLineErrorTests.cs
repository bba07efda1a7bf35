namespace IncrementalExport.Tests.Cli;

/// <summary>
/// The command line through the CLI's entry point: every way it can be wrong exits 2 with one line naming the offender
/// (and the nearest command or option when one is close), then the usage of the command, on stderr; nothing runs.
/// </summary>
public sealed class CommandLineErrorTests : IDisposable
{
    private const string S = CliHarness.SettingsToken;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData(new[] { "stats", "--settings", S }, "unknown command 'stats' (did you mean 'status'?)")]
    [InlineData(new[] { "histroy", "--settings", S }, "unknown command 'histroy' (did you mean 'history'?)")]
    [InlineData(new[] { "materialise" }, "unknown command 'materialise' (did you mean 'materialize'?)")]
    [InlineData(new[] { "frobnicate", "--settings", S }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "--settings", S, "status" }, "expected a command before '--settings'")]
    [InlineData(new[] { "-x" }, "expected a command before '-x'")]
    [InlineData(new string[0], "no command given")]
    public async Task Run_WhenCommandIsMissingOrUnknown_ShouldNameItAndShowTheOverview(string[] args, string message)
    {
        var result = await AssertUsageErrorAsync(args, message);

        Assert.Contains("  incremental-export [command] [options]", result.Error, StringComparison.Ordinal);
        Assert.Contains("  materialize  Apply a table's export chain", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "status", "--settings", S, "--tabel", "orders" }, "unknown option '--tabel' for 'status' (did you mean '--table'?)")]
    [InlineData(new[] { "run", "--setings", S }, "unknown option '--setings' for 'run' (did you mean '--settings'?)")]
    [InlineData(new[] { "reset", "--settings", S, "--table", "orders", "--jsn" }, "unknown option '--jsn' for 'reset' (did you mean '--json'?)")]
    [InlineData(new[] { "materialize", "--settings", S, "--table", "orders", "--out=lake", "--from-dri=copy" }, "unknown option '--from-dri' for 'materialize' (did you mean '--from-dir'?)")]
    [InlineData(new[] { "status", "--settings", S, "--bogus" }, "unknown option '--bogus' for 'status'")]
    [InlineData(new[] { "status", "--settings", S, "-x" }, "unknown option '-x' for 'status'")]
    [InlineData(new[] { "status", "--settings", S, "--from", "2026-11-24T10:00:00Z" }, "unknown option '--from' for 'status'")]
    [InlineData(new[] { "status", "--settings", S, "orders" }, "unexpected argument 'orders'")]
    [InlineData(new[] { "status", "--settings", S, "--json", "yes" }, "unexpected argument 'yes'")]
    public async Task Run_WhenOptionIsUnknown_ShouldNameItAndShowTheCommandsUsage(string[] args, string message)
    {
        var result = await AssertUsageErrorAsync(args, message);

        Assert.Contains($"  incremental-export {args[0]} [options]", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "status", "--settings" }, "option '--settings' needs a value <file.json>")]
    [InlineData(new[] { "status", "--settings", "--json" }, "option '--settings' needs a value <file.json>")]
    [InlineData(new[] { "status", "--settings=" }, "option '--settings' needs a value <file.json>")]
    [InlineData(new[] { "status", "--settings", S, "--table" }, "option '--table' needs a value <name>")]
    [InlineData(new[] { "run", "--settings", S, "--table", "orders", "--table=" }, "option '--table' needs a value <name>")]
    [InlineData(new[] { "run", "--settings", S, "--table", "--json" }, "option '--table' needs a value <name>")]
    [InlineData(new[] { "status", "--settings", S, "--settings", S }, "option '--settings' given more than once")]
    [InlineData(new[] { "status", "--settings", S, "--table", "orders", "--table", "customers" }, "option '--table' given more than once")]
    [InlineData(new[] { "status" }, "missing required option '--settings <file.json>' or '--state-table <name>'")]
    [InlineData(new[] { "status", "--settings", S, "--state-table", "state" }, "give either '--settings' or '--state-table', not both")]
    [InlineData(new[] { "pause", "--settings", S }, "missing required option '--table <name>'")]
    [InlineData(new[] { "history", "--state-table", "state" }, "missing required option '--table <name>'")]
    [InlineData(new[] { "materialize", "--settings", S, "--table", "orders" }, "missing required option '--out <dir>'")]
    [InlineData(new[] { "demo" }, "missing required option '--out <dir>'")]
    public async Task Run_WhenOptionValueIsMissing_ShouldNameTheOptionAndItsValue(string[] args, string message)
    {
        var result = await AssertUsageErrorAsync(args, message);

        Assert.Contains($"  incremental-export {args[0]} [options]", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-24T10:00:00")]
    [InlineData("2026-13-24T10:00:00Z")]
    [InlineData("24/11/2026 10:00")]
    public async Task Run_WhenResetFromIsNotATimeWithAnOffset_ShouldRefuseIt(string time)
    {
        await AssertUsageErrorAsync(
            ["reset", "--settings", S, "--table", "orders", "--from", time],
            $"option '--from': '{time}' is not an ISO-8601 time with an offset (e.g. 2026-11-24T10:00:00Z)");

        Assert.Null(_cli.ParsedText);
    }

    [Theory]
    [InlineData("history")]
    [InlineData("reset")]
    [InlineData("materialize")]
    public async Task Run_WhenTableIsNotConfigured_ShouldListTheConfiguredOnes(string command)
    {
        var result = await AssertUsageErrorAsync(
            [command, "--settings", S, "--table", "ordres", .. command == "materialize" ? new[] { "--out", "lake" } : []],
            "unknown table 'ordres' (configured: orders, customers)");

        Assert.Contains($"  incremental-export {command} [options]", result.Error, StringComparison.Ordinal);
        Assert.Equal("{}", _cli.ParsedText);
    }

    // Exit 2, nothing on stdout, the message as the first line of stderr, the usage after a blank line; the engine untouched.
    private async Task<CliResult> AssertUsageErrorAsync(string[] args, string message)
    {
        var result = await _cli.RunAsync(args);

        var lines = result.Error.Split(Environment.NewLine);
        Assert.Equal((2, "", "error: " + message, ""), (result.ExitCode, result.Out, lines[0], lines[1]));
        Assert.Contains($"Usage:{Environment.NewLine}  incremental-export ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("2 usage error (also a reset --from outside the table's PITR window)." + Environment.NewLine, result.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
        Assert.Null(_cli.Engine.LastTick);
        return result;
    }
}
