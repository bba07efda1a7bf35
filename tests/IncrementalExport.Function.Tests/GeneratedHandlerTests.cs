using System.Text.Json;
using Amazon.Lambda.Serialization.SystemTextJson;
using Amazon.Lambda.TestUtilities;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.State;
using IncrementalExport.TestServers;

namespace IncrementalExport.Function.Tests;

/// <summary>
/// The function as Lambda runs it: the Annotations-generated handler class (its own startup, settings from the
/// environment, the SDK's default client pointed at dynalite and the export fake by AWS_ENDPOINT_URL_DYNAMODB).
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class GeneratedHandlerTests : IAsyncLifetime
{
    private const string Table = "orders";
    private readonly string _stateTable = $"fn-state-{Guid.NewGuid():N}"[..24];
    private LocalExportEnvironment? _env;

    public async Task InitializeAsync()
    {
        _env = await LocalExportEnvironment.StartAsync(TimeProvider.System);
        _env.ControlPlane.RegisterTable(Table, pitrEnabledSince: DateTimeOffset.UtcNow.AddDays(-2));
        await StateTableSetup.CreateIfMissingAsync(_env.Client, _stateTable, CancellationToken.None);
        Environment.SetEnvironmentVariable(FunctionSettings.SettingsVariable, $$"""
            {"bucket":"exports-bucket","stateTable":"{{_stateTable}}","tables":[{"table":"{{Table}}"}]}
            """);
        Environment.SetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB", _env.ServiceUrl);
        Environment.SetEnvironmentVariable("AWS_REGION", LocalAws.Region);
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "test");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "test");
    }

    public async Task DisposeAsync()
    {
        foreach (var name in new[] { FunctionSettings.SettingsVariable, "AWS_ENDPOINT_URL_DYNAMODB", "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        if (_env is not null)
        {
            await _env.DisposeAsync();
        }
    }

    [Fact]
    public async Task Handle_WhenAResetAsksForATimeOutsideThePitrWindow_ShouldAnswerOkFalseNamingTheWindowAndChangeNothing()
    {
        var handler = new ExportFunction_Handle_Generated();
        var from = DateTimeOffset.UtcNow.AddDays(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var reset = await handler.Handle(Payload($$"""{"action":"reset","table":"{{Table}}","from":"{{from}}"}"""), Context());
        var status = await handler.Handle(Payload($$"""{"action":"status","table":"{{Table}}"}"""), Context());

        Assert.False(reset.Ok);
        Assert.StartsWith($"from: {from} is outside the PITR window of '{Table}' [", reset.Error, StringComparison.Ordinal);
        Assert.EndsWith("; nothing changed", reset.Error, StringComparison.Ordinal);
        Assert.True(status.Ok);
        Assert.Null(Assert.Single(status.Tables!).PendingReset);
    }

    [Fact]
    public async Task Handle_WhenAResetAsksForATimeInsideThePitrWindow_ShouldRecordIt()
    {
        var handler = new ExportFunction_Handle_Generated();
        var from = DateTimeOffset.UtcNow.AddHours(-3);
        var text = from.ToString("yyyy-MM-dd'T'HH:mm:00'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var reset = await handler.Handle(Payload($$"""{"action":"reset","table":"{{Table}}","from":"{{text}}"}"""), Context());

        Assert.True(reset.Ok, reset.Error);
        Assert.NotNull(Assert.Single(reset.Tables!).PendingReset);
    }

    private static TestLambdaContext Context() => new() { RemainingTime = TimeSpan.FromMinutes(5) };

    private static JsonElement Payload(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return new DefaultLambdaJsonSerializer().Deserialize<JsonElement>(stream);
    }
}
