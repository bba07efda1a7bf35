using IncrementalExport.Tests.Emulator;

namespace IncrementalExport.Tests.Cli.EndToEnd;

/// <summary>The built CLI as an operator runs it: a separate process, configured only by its environment and flags.</summary>
public sealed class ProcessTests(DynaliteFixture dynalite) : CliEndToEndTestBase(dynalite)
{
    [Fact]
    public async Task Status_WhenRunAsAProcessWithAwsEndpointUrlDynamoDb_ShouldReadTheStateThroughThatEndpoint()
    {
        await ArrangeAsync();
        var started = await RunAsync();
        var stateReadsBefore = Env.Endpoint.Calls.Count("GetItem") + Env.Endpoint.Calls.Count("BatchGetItem");

        var status = await CliProcess.RunAsync(LocalEnvironment(Env.ServiceUrl), "status", "--settings", SettingsPath);

        Assert.True(status.ExitCode == 0, $"exit {status.ExitCode}: {status.Error}");
        Assert.Equal("", status.Error);
        Assert.Matches($@"(?m)^orders\s+Exporting\s+1\s+-\s+-\s+no\s+full 2026-11-24T09:53:00Z {System.Text.RegularExpressions.Regex.Escape(started.ExportArn!)}\s+-\s*$", status.Out);
        Assert.True(Env.Endpoint.Calls.Count("GetItem") + Env.Endpoint.Calls.Count("BatchGetItem") > stateReadsBefore, "the child process did not read the state through the endpoint");
    }

    [Fact]
    public async Task Status_WhenRunAsAProcessWithAnUnknownFlag_ShouldExitTwoWithUsageOnStderr()
    {
        WriteSettings(DefaultSettings());

        var result = await CliProcess.RunAsync(LocalEnvironment("http://127.0.0.1:9"), "status", "--settings", SettingsPath, "--tabel", Table);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = result.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("error: unknown option '--tabel' for 'status' (did you mean '--table'?)", lines[0]);
        Assert.Contains("  incremental-export status [options]", lines);
        Assert.Contains(lines, l => l.StartsWith("  --table <name>  ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("plan")]
    public async Task Tick_WhenRunAsAProcessAgainstAnUnreachableEndpoint_ShouldPrintTheReportAndExitOne(string command)
    {
        WriteSettings(DefaultSettings());

        var result = await CliProcess.RunAsync(LocalEnvironment("http://127.0.0.1:9"), command, "--settings", SettingsPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^orders\s+Deferred\s+-\s+-\s+reading the state failed \(HttpRequestException: ", result.Out);
        var lines = result.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("error: nothing could be done for any of the 1 table(s): AWS could not be reached", lines[0]);
        Assert.StartsWith("error: orders: reading the state failed (HttpRequestException: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Run_WhenRunAsAProcessWithoutARegion_ShouldExitOneSayingHowToSetOne()
    {
        WriteSettings(DefaultSettings());
        var environment = LocalEnvironment("http://127.0.0.1:9");
        environment.Remove("AWS_ENDPOINT_URL_DYNAMODB");
        environment.Remove("AWS_REGION");

        var result = await CliProcess.RunAsync(environment, "run", "--settings", SettingsPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "error: No RegionEndpoint or ServiceURL configured (set AWS_REGION or a region in your AWS profile; for a local endpoint also set AWS_ENDPOINT_URL_DYNAMODB)",
            result.Error.Trim());
    }

    // Dummy credentials and a region for the SDK's default chain; no instance metadata lookups; nothing else of the machine's.
    private static Dictionary<string, string> LocalEnvironment(string endpoint) => new(StringComparer.Ordinal)
    {
        ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint,
        ["AWS_REGION"] = "us-east-1",
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_CONFIG_FILE"] = Path.Combine(Path.GetTempPath(), "cli-e2e-no-aws-config"),
        ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Path.GetTempPath(), "cli-e2e-no-aws-credentials"),
    };
}
