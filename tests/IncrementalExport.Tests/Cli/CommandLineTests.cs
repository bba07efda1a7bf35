using System.Globalization;
using System.Text.Json;
using IncrementalExport.Cli;

namespace IncrementalExport.Tests.Cli;

/// <summary>The command line through the CLI's entry point: help, version, and what each option hands to the engine.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string S = CliHarness.SettingsToken;
    private const string Footer = "2 usage error (also a reset --from outside the table's PITR window).";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    // Every command and option there is, as help lists them (the library marks the required ones).
    public static TheoryData<string, string[]> CommandOptions => new()
    {
        { "status", ["--settings <file.json>", "--state-table <name>", "--table <name>", "--json"] },
        { "run", ["--settings <file.json>", "--state-table <name>", "--table <name>", "--json"] },
        { "plan", ["--settings <file.json>", "--state-table <name>", "--table <name>", "--json"] },
        { "pause", ["--settings <file.json>", "--state-table <name>", "--table <name> (REQUIRED)", "--json"] },
        { "resume", ["--settings <file.json>", "--state-table <name>", "--table <name> (REQUIRED)", "--json"] },
        { "reset", ["--settings <file.json>", "--state-table <name>", "--table <name> (REQUIRED)", "--from <time>", "--json"] },
        { "history", ["--settings <file.json>", "--state-table <name>", "--table <name> (REQUIRED)", "--json"] },
        { "init", ["--settings <file.json>", "--state-table <name>"] },
        { "materialize", ["--settings <file.json>", "--state-table <name>", "--table <name> (REQUIRED)", "--out <dir> (REQUIRED)", "--from-dir <root>"] },
        { "local", ["--bucket <name>"] },
        { "demo", ["--out <dir> (REQUIRED)"] },
    };

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("nope", "--help")]
    public async Task Run_WhenHelpIsAskedWithoutACommand_ShouldPrintTheOverviewOfEveryCommandToStdout(params string[] args)
    {
        var result = await HelpAsync(args);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains($"Usage:{Environment.NewLine}  incremental-export [command] [options]", result.Out, StringComparison.Ordinal);
        Assert.All(CommandOptions, row => Assert.Matches($"(?m)^  {row[0]} +[A-Z]", result.Out));
        Assert.EndsWith(Footer + Environment.NewLine, result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandOptions))]
    public async Task Run_WhenACommandsHelpIsAsked_ShouldListEveryOptionItTakesAndItsExample(string command, string[] options)
    {
        var result = await HelpAsync(command, "--help");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains($"  incremental-export {command} [options]", result.Out, StringComparison.Ordinal);
        var listed = result.Out.Split(Environment.NewLine).Where(l => l.StartsWith("  --", StringComparison.Ordinal)).Select(l => l.Trim().Split("  ")[0]);
        Assert.Equal(options, listed);
        Assert.Contains($"Example:{Environment.NewLine}  incremental-export {command} ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenHelpFollowsAWrongOption_ShouldPrintThatCommandsHelpAndRunNothing()
    {
        var result = await _cli.RunAsync("status", "--bogus", "-h");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains("  incremental-export status [options]", result.Out, StringComparison.Ordinal);
        Assert.Empty(_cli.Engine.Calls);
        Assert.Null(_cli.ParsedText);
    }

    [Fact]
    public async Task Run_WhenVersionIsAsked_ShouldPrintTheAssemblysVersion()
    {
        var result = await HelpAsync("--version");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\s*$", result.Out);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00Z", "2026-11-24T10:00:00+00:00")]
    [InlineData("2026-11-24T11:30:00+01:00", "2026-11-24T10:30:00+00:00")]
    [InlineData("2026-11-24T10:00Z", "2026-11-24T10:00:00+00:00")]
    [InlineData("2026-11-24T10:00:00.250-05:00", "2026-11-24T15:00:00.25+00:00")]
    public async Task Run_WhenResetGetsATimeWithAnOffset_ShouldHandTheEngineThatInstant(string text, string expected)
    {
        var result = await _cli.RunAsync("reset", "--settings", S, "--table", "orders", $"--from={text}");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), _cli.Engine.LastResetFrom);
    }

    [Fact]
    public async Task Run_WhenRunGetsATableSeveralTimes_ShouldKeepTheOrderAndDropDuplicates()
    {
        var result = await _cli.RunAsync("run", $"--settings={S}", "--table", CliSamples.CustomersArn, "--table=orders", "--table", "customers");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["customers", "orders"], _cli.Engine.LastTick?.Tables);
    }

    [Theory]
    [InlineData("status", "status")]
    [InlineData("run", "tick")]
    [InlineData("plan", "plan")]
    [InlineData("pause", "pause")]
    [InlineData("resume", "resume")]
    [InlineData("reset", "reset")]
    [InlineData("history", "history")]
    public async Task Run_WhenJsonIsAsked_ShouldPrintOneReportDocumentNamingTheAction(string command, string action)
    {
        var result = await _cli.RunAsync(command, "--table", "orders", "--json", "--settings", S);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal((JsonValueKind.Object, action, true), (document.RootElement.ValueKind, document.RootElement.GetProperty("action").GetString(), document.RootElement.GetProperty("ok").GetBoolean()));
    }

    private static async Task<CliResult> HelpAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
