using Amazon.DynamoDBv2;
using Amazon.Runtime;
using IncrementalExport.Cli;
using IncrementalExport.Core.Settings;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Tests.Cli;

/// <summary>
/// Runs the CLI in process with a fake engine and a settings parser that returns <see cref="CliSamples.Settings"/>
/// (or <see cref="SettingsErrors"/>), capturing stdout, stderr and the exit code.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public const string SettingsToken = "{settings}";

    private readonly string _settingsPath = Path.Combine(Path.GetTempPath(), $"cli-test-{Guid.NewGuid():N}.json");

    public CliHarness() => File.WriteAllText(_settingsPath, "{}");

    public FakeExportEngine Engine { get; } = new();

    public FakeTimeProvider Time { get; } = new(CliSamples.Now);

    public IReadOnlyList<SettingsError> SettingsErrors { get; set; } = [];

    public string Endpoint { get; set; } = "http://127.0.0.1:9";

    public Func<IAmazonDynamoDB, string, CancellationToken, Task<bool>> CreateStateTable { get; set; } =
        (_, _, _) => Task.FromResult(true);

    public List<string> StateTablesCreated { get; } = [];

    public string? ParsedText { get; private set; }

    /// <summary>Runs with <paramref name="args"/>; "{settings}" stands for the harness's settings file.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var services = CliServices.Create(CreateClient, Time) with
        {
            EngineFactory = (_, _, _) => Engine,
            ParseSettings = text =>
            {
                ParsedText = text;
                return SettingsErrors.Count == 0 ? new SettingsResult(CliSamples.Settings, []) : new SettingsResult(null, SettingsErrors);
            },
            CreateStateTable = (client, name, ct) =>
            {
                StateTablesCreated.Add(name);
                return CreateStateTable(client, name, ct);
            },
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var resolved = args.Select(a => a.Replace(SettingsToken, _settingsPath, StringComparison.Ordinal)).ToArray();
        var exit = await CliApp.RunAsync(resolved, stdout, stderr, services, CancellationToken.None);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => File.Delete(_settingsPath);

    // A real SDK client (nothing is called unless a test makes it): local endpoint, fixed credentials, no retries.
    private AmazonDynamoDBClient CreateClient() => new(
        new BasicAWSCredentials("test", "test"),
        new AmazonDynamoDBConfig { ServiceURL = Endpoint, AuthenticationRegion = "eu-west-1", MaxErrorRetry = 0 });
}
