using IncrementalExport.Cli.Commands;
using IncrementalExport.Cli.Parsing;

namespace IncrementalExport.Tests.Cli;

public sealed class ArgumentParserTests
{
    private static ParseOutcome Parse(params string[] args) => ArgumentParser.Parse(args, CommandTable.Specs);

    [Theory]
    [InlineData("status")]
    [InlineData("run")]
    [InlineData("plan")]
    [InlineData("init")]
    public void Parse_WhenCommandNeedsNoTable_ShouldReturnInvocationWithSettings(string command)
    {
        var invocation = Assert.IsType<global::IncrementalExport.Cli.Parsing.Invocation>(Parse(command, "--settings", "s.json"));

        Assert.Equal(command, invocation.Command.Name);
        Assert.Equal("s.json", invocation.SettingsPath);
        Assert.Empty(invocation.Tables);
        Assert.False(invocation.Json);
        Assert.Null(invocation.From);
    }

    [Theory]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("reset")]
    [InlineData("history")]
    public void Parse_WhenCommandActsOnOneTable_ShouldReturnThatTable(string command)
    {
        var invocation = Assert.IsType<global::IncrementalExport.Cli.Parsing.Invocation>(Parse(command, "--table", "orders", "--settings", "s.json"));

        Assert.Equal(command, invocation.Command.Name);
        Assert.Equal(["orders"], invocation.Tables);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("run")]
    [InlineData("plan")]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("reset")]
    [InlineData("history")]
    public void Parse_WhenJsonGiven_ShouldSetJson(string command)
    {
        var invocation = Assert.IsType<global::IncrementalExport.Cli.Parsing.Invocation>(Parse(command, "--settings", "s.json", "--table", "orders", "--json"));

        Assert.True(invocation.Json);
    }

    [Fact]
    public void Parse_WhenRunGetsSeveralTables_ShouldKeepOrderAndDropDuplicates()
    {
        var invocation = Assert.IsType<global::IncrementalExport.Cli.Parsing.Invocation>(
            Parse("run", "--settings=s.json", "--table", "b", "--table=a", "--table", "b"));

        Assert.Equal(["b", "a"], invocation.Tables);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00Z", "2026-11-24T10:00:00+00:00")]
    [InlineData("2026-11-24T11:30:00+01:00", "2026-11-24T10:30:00+00:00")]
    [InlineData("2026-11-24T10:00Z", "2026-11-24T10:00:00+00:00")]
    [InlineData("2026-11-24T10:00:00.250-05:00", "2026-11-24T15:00:00.25+00:00")]
    public void Parse_WhenResetGetsTimeWithOffset_ShouldReadThatInstant(string text, string expected)
    {
        var invocation = Assert.IsType<global::IncrementalExport.Cli.Parsing.Invocation>(Parse("reset", "--settings", "s.json", "--table", "orders", "--from", text));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), invocation.From);
    }

    [Theory]
    [InlineData(new[] { "status", "--settings", "s.json", "--bogus" }, "unknown option '--bogus' for 'status'")]
    [InlineData(new[] { "status", "--settings", "s.json", "--tabel", "orders" }, "unknown option '--tabel' for 'status' (did you mean '--table'?)")]
    [InlineData(new[] { "run", "--setings", "s.json" }, "unknown option '--setings' for 'run' (did you mean '--settings'?)")]
    [InlineData(new[] { "status", "--settings", "s.json", "-x" }, "unknown option '-x' for 'status'")]
    [InlineData(new[] { "status", "--settings", "s.json", "--from", "2026-11-24T10:00:00Z" }, "unknown option '--from' for 'status'")]
    [InlineData(new[] { "init", "--settings", "s.json", "--table", "orders" }, "unknown option '--table' for 'init'")]
    [InlineData(new[] { "status", "--settings" }, "option '--settings' needs a value <file.json>")]
    [InlineData(new[] { "status", "--settings", "--json" }, "option '--settings' needs a value <file.json>")]
    [InlineData(new[] { "status", "--settings=" }, "option '--settings' needs a non-empty value <file.json>")]
    [InlineData(new[] { "status", "--settings", "s.json", "--table" }, "option '--table' needs a value <name>")]
    [InlineData(new[] { "status", "--settings", "s.json", "--json=yes" }, "option '--json' takes no value")]
    [InlineData(new[] { "status", "--settings", "a.json", "--settings", "b.json" }, "option '--settings' given more than once")]
    [InlineData(new[] { "status", "--settings", "s.json", "--table", "a", "--table", "b" }, "option '--table' given more than once")]
    [InlineData(new[] { "status" }, "missing required option '--settings <file.json>'")]
    [InlineData(new[] { "status" }, "or '--state-table <name>'")]
    [InlineData(new[] { "status", "--settings", "s.json", "--state-table", "state" }, "give either '--settings' or '--state-table', not both")]
    [InlineData(new[] { "pause", "--settings", "s.json" }, "missing required option '--table <name>'")]
    [InlineData(new[] { "history", "--settings", "s.json" }, "missing required option '--table <name>'")]
    [InlineData(new[] { "status", "--settings", "s.json", "orders" }, "unexpected argument 'orders'")]
    [InlineData(new[] { "reset", "--settings", "s.json", "--table", "t", "--from", "yesterday" }, "option '--from': 'yesterday' is not an ISO-8601 time")]
    [InlineData(new[] { "reset", "--settings", "s.json", "--table", "t", "--from", "2026-11-24T10:00:00" }, "'2026-11-24T10:00:00' is not an ISO-8601 time with an offset")]
    [InlineData(new[] { "reset", "--settings", "s.json", "--table", "t", "--from", "2026-13-24T10:00:00Z" }, "'2026-13-24T10:00:00Z' is not an ISO-8601 time")]
    public void Parse_WhenCommandLineIsWrong_ShouldNameTheOffenderForThatCommand(string[] args, string message)
    {
        var error = Assert.IsType<UsageError>(Parse(args));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(args[0], error.Command?.Name);
    }

    [Theory]
    [InlineData(new string[0], "no command given")]
    [InlineData(new[] { "stats", "--settings", "s.json" }, "unknown command 'stats' (did you mean 'status'?)")]
    [InlineData(new[] { "histroy", "--settings", "s.json" }, "unknown command 'histroy' (did you mean 'history'?)")]
    [InlineData(new[] { "frobnicate", "--settings", "s.json" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "--settings", "s.json", "status" }, "expected a command before '--settings'")]
    public void Parse_WhenCommandIsMissingOrUnknown_ShouldShowOverview(string[] args, string message)
    {
        var error = Assert.IsType<UsageError>(Parse(args));

        Assert.Equal(message, error.Message);
        Assert.Null(error.Command);
    }

    [Theory]
    [InlineData(new[] { "--help" }, null)]
    [InlineData(new[] { "-h" }, null)]
    [InlineData(new[] { "nope", "--help" }, null)]
    [InlineData(new[] { "reset", "--help" }, "reset")]
    [InlineData(new[] { "status", "--bogus", "-h" }, "status")]
    public void Parse_WhenHelpAsked_ShouldReturnHelpForTheCommandGiven(string[] args, string? command)
    {
        var help = Assert.IsType<HelpRequest>(Parse(args));

        Assert.Equal(command, help.Command?.Name);
    }

    [Fact]
    public void Parse_WhenVersionAsked_ShouldReturnVersion() =>
        Assert.IsType<VersionRequest>(Parse("--version"));

    [Fact]
    public void CommandTable_WhenListed_ShouldRequireSettingsEverywhereButTheLocalCommandsAndNameEachCommandOnce()
    {
        Assert.All(CommandTable.Specs.Except(LocalCommands.Specs), spec => Assert.Contains(CliOptions.Settings, spec.Options));
        Assert.All(LocalCommands.Specs, spec => Assert.DoesNotContain(CliOptions.Settings, spec.Options));
        Assert.Equal(
            ["status", "run", "plan", "pause", "resume", "reset", "history", "init", "materialize", "local", "demo"],
            CommandTable.Specs.Select(s => s.Name));
    }

    [Fact]
    public void UsageText_WhenCommandHelpIsWritten_ShouldListEveryOptionItAccepts()
    {
        foreach (var spec in CommandTable.Specs)
        {
            var text = UsageText.For(spec);

            Assert.All(spec.Options, o => Assert.Contains(o.Name, text, StringComparison.Ordinal));
            Assert.Contains(spec.Example, text, StringComparison.Ordinal);
        }
    }
}
