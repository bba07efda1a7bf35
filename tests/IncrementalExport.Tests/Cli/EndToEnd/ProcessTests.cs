using IncrementalExport.Tests.TestServers;

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
        Assert.Equal("error: unknown option '--tabel' for 'status'", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Usage: incremental-export status (--settings <file.json> | --state-table <name>)", StringComparison.Ordinal));
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
