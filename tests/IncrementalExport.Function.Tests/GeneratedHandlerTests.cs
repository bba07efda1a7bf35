using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Settings;
using IncrementalExport.TestServers;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Function.Tests;

/// <summary>
/// The function as Lambda runs it: the Annotations-generated handler class (its constructor runs Startup), the
/// environment the stack sets, the settings item in the state table, and the real AWSSDK client against dynalite
/// and the export control-plane fake.
/// </summary>
public sealed class GeneratedHandlerTests : IAsyncLifetime
{
    private readonly string _stateTable = SharedDynalite.UniqueName("function-state");
    private readonly string _orders = SharedDynalite.UniqueName("orders");
    private LocalExportEnvironment? _aws;
    private FunctionEnvironment? _environment;
    private string _ordersArn = "";

    private LocalExportEnvironment Aws => _aws!;

    public async Task InitializeAsync()
    {
        _aws = await LocalExportEnvironment.StartAsync(TimeProvider.System);
        _ordersArn = Aws.ControlPlane.RegisterTable(_orders, pitrEnabledSince: DateTimeOffset.UtcNow.AddDays(-2));
        await WriteSettings(_ordersArn);
        _environment = LocalStateTable.Environment(Aws.ServiceUrl, _stateTable);
    }

    public async Task DisposeAsync()
    {
        _environment?.Dispose();
        if (_aws is not null)
        {
            await _aws.DisposeAsync();
        }
    }

    private Task WriteSettings(params string[] tables) =>
        LocalStateTable.WriteSettingsAsync(Aws.Client, new ExportSettings
        {
            Bucket = "exports",
            StateTable = _stateTable,
            Tables = tables.Select(t => new TableSettings(t)).ToList(),
        });

    private static Task<JsonElement> Invoke(ExportFunction_Handle_Generated handler, string payload) => HandlerInvocation.InvokeAsync(handler, payload);

    [Fact]
    public async Task EveryPayloadAction_ShouldRunThroughTheGeneratedHandler()
    {
        var handler = new ExportFunction_Handle_Generated();
        var from = DateTimeOffset.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var tick = await Invoke(handler, """{"action":"tick"}""");
        var status = await Invoke(handler, """{"action":"status"}""");
        var pause = await Invoke(handler, $$"""{"action":"pause","table":"{{_orders}}"}""");
        var resume = await Invoke(handler, $$"""{"action":"resume","table":"{{_orders}}"}""");
        var reset = await Invoke(handler, $$"""{"action":"reset","table":"{{_orders}}","from":"{{from}}"}""");
        var history = await Invoke(handler, $$"""{"action":"history","table":"{{_orders}}"}""");
        var forced = await Invoke(handler, $$"""{"tables":["{{_orders}}"]}""");

        Assert.All([tick, status, pause, resume, reset, history, forced], r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        Assert.Equal(nameof(StepKind.StartedFull), tick.GetProperty("tables")[0].GetProperty("step").GetString());
        Assert.Equal(_orders, status.GetProperty("tables")[0].GetProperty("table").GetString());
        Assert.True(pause.GetProperty("changed").GetBoolean());
        Assert.True(resume.GetProperty("changed").GetBoolean());
        Assert.True(reset.GetProperty("changed").GetBoolean());
        Assert.Equal(0, history.GetProperty("history").GetArrayLength());
        Assert.Equal("tick", forced.GetProperty("action").GetString());
        Assert.Single(Aws.ControlPlane.Exports);
    }

    [Fact]
    public async Task AMalformedPayload_ShouldBeAnsweredOkFalse_NotThrown()
    {
        var handler = new ExportFunction_Handle_Generated();

        var response = await Invoke(handler, """{"action":"pause","table":"nope"}""");

        Assert.False(response.GetProperty("ok").GetBoolean());
        Assert.StartsWith("table: \"nope\" is not a configured table", response.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATableAddedToTheSettingsItem_ShouldBeTickedAtTheNextInvocation_WithoutANewInit()
    {
        var handler = new ExportFunction_Handle_Generated();
        await Invoke(handler, """{"action":"tick"}""");
        var customers = SharedDynalite.UniqueName("customers");
        var customersArn = Aws.ControlPlane.RegisterTable(customers, pitrEnabledSince: DateTimeOffset.UtcNow.AddDays(-2));

        await WriteSettings(_ordersArn, customersArn);
        var tick = await Invoke(handler, """{"action":"tick"}""");

        var tables = tick.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("table").GetString()!, t => t.GetProperty("step").GetString());
        Assert.Equal(nameof(StepKind.StartedFull), tables[customers]);
        Assert.Equal(2, Aws.ControlPlane.Exports.Count);
    }

    [Fact]
    public async Task AnInvalidSettingsItem_ShouldFailTheInvocationNamingEveryBadKey()
    {
        var handler = new ExportFunction_Handle_Generated();
        await Aws.Client.PutItemAsync(new PutItemRequest
        {
            TableName = _stateTable,
            Item = SettingsItem.ToItem($$"""{"bucket":"exports","stateTable":"{{_stateTable}}","windowMinutes":7,"tables":[{"table":"orders","viewType":"NEW_IMAGES"}]}"""),
        });

        var error = await Assert.ThrowsAsync<InvalidSettingsException>(() => Invoke(handler, """{"action":"tick"}"""));

        Assert.Contains("windowMinutes", error.Message, StringComparison.Ordinal);
        Assert.Contains("tables[0].viewType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_WhenTheStateTableVariableIsMissing_ShouldFailNamingIt()
    {
        using var _ = new FunctionEnvironment(new Dictionary<string, string?> { [FunctionSettings.StateTableVariable] = null });

        var error = Assert.Throws<InvalidSettingsException>(() => new ExportFunction_Handle_Generated());

        Assert.Equal(FunctionSettings.StateTableVariable, Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void Init_WhenAnInlineSettingsDocumentIsInvalid_ShouldFailNamingEveryBadKey()
    {
        using var _ = new FunctionEnvironment(new Dictionary<string, string?>
        {
            [FunctionSettings.SettingsVariable] = """{"bucket":"exports","stateTable":"s t","tables":[{"table":"orders","exportFormat":"CSV"}],"tabels":[]}""",
        });

        var error = Assert.Throws<InvalidSettingsException>(() => new ExportFunction_Handle_Generated());

        Assert.Equal(["stateTable", "tabels", "tables[0].exportFormat"], error.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AResetOutsideThePitrWindow_ShouldBeAnsweredOkFalseNamingTheWindow_AndChangeNothing()
    {
        var handler = new ExportFunction_Handle_Generated();
        var from = DateTimeOffset.UtcNow.AddDays(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var reset = await Invoke(handler, $$"""{"action":"reset","table":"{{_orders}}","from":"{{from}}"}""");
        var status = await Invoke(handler, $$"""{"action":"status","table":"{{_orders}}"}""");

        Assert.False(reset.GetProperty("ok").GetBoolean());
        var error = reset.GetProperty("error").GetString()!;
        Assert.StartsWith($"from: {from} is outside the PITR window of '{_orders}' [", error, StringComparison.Ordinal);
        Assert.EndsWith("; nothing changed", error, StringComparison.Ordinal);
        Assert.True(status.GetProperty("ok").GetBoolean());
        var table = status.GetProperty("tables")[0];
        Assert.True(!table.TryGetProperty("pendingReset", out var pending) || pending.ValueKind == JsonValueKind.Null, table.ToString());
    }
}
