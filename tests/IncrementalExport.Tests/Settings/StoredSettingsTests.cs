using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;
using IncrementalExport.Emulator;
using IncrementalExport.Tests.Emulator;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Tests.Settings;

/// <summary>The settings item of a state table, against dynalite through the real AWSSDK client.</summary>
public sealed class StoredSettingsTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>, IAsyncLifetime
{
    private readonly string _table = SharedDynalite.UniqueName("settings");
    private AmazonDynamoDBClient? _client;

    private AmazonDynamoDBClient Client => _client!;

    public async Task InitializeAsync()
    {
        _client = LocalAws.CreateClient(dynalite.ServiceUrl);
        await StateTableSetup.CreateIfMissingAsync(Client, _table, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        return Task.CompletedTask;
    }

    private Task<PutItemResponse> Write(string document) =>
        Client.PutItemAsync(new PutItemRequest { TableName = _table, Item = SettingsItem.ToItem(document) });

    private static string Document(string stateTable, string viewType = "NEW_IMAGE") =>
        $$"""{"bucket":"exports","stateTable":"{{stateTable}}","tables":[{"table":"orders","viewType":"{{viewType}}"}]}""";

    [Fact]
    public async Task ReadAsync_WhenTheStackWroteTheItem_ShouldReturnItsSettings()
    {
        await Write(Document(_table));

        var settings = (await StoredSettings.ReadAsync(Client, _table, CancellationToken.None)).GetOrThrow();

        Assert.Equal(["orders"], settings.Tables.Select(t => t.Name));
        Assert.Equal(_table, settings.StateTable);
    }

    [Fact]
    public async Task ReadAsync_WhenTheItemIsMissing_ShouldSayWhichItemOfWhichTable()
    {
        var result = await StoredSettings.ReadAsync(Client, _table, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Contains($"pk=SETTINGS, sk=CURRENT) of table '{_table}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WhenTheDocumentIsInvalid_ShouldNameTheKey()
    {
        await Write(Document(_table, viewType: "NEW_IMAGES"));

        var result = await StoredSettings.ReadAsync(Client, _table, CancellationToken.None);

        Assert.Equal("tables[0].viewType", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public async Task ReadAsync_WhenTheDocumentNamesAnotherStateTable_ShouldRefuseIt()
    {
        await Write(Document("another-environment-state"));

        var result = await StoredSettings.ReadAsync(Client, _table, CancellationToken.None);

        Assert.Equal("stateTable", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public async Task TheSettingsItem_ShouldNeverBeATablesStateOrHistoryItem()
    {
        await Write(Document(_table));
        var store = new DynamoDbStateStore(Client, _table);

        Assert.Null(await store.GetAsync(SettingsItem.PartitionKey, CancellationToken.None));
        Assert.Null(await store.GetAsync("SETTINGS#CURRENT", CancellationToken.None));
        Assert.Empty(await store.GetHistoryAsync(SettingsItem.PartitionKey, CancellationToken.None));
    }
}
