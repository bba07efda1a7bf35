using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Emulator.Servers;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Tests.Emulator;

public sealed class ForwardingTests(DynaliteFixture dynalite) : ExportApiTestBase(dynalite)
{
    [Fact]
    public async Task DataPlane_WhenCalledThroughTheEndpoint_ShouldReachDynalite()
    {
        var table = await CreateTableAsync();

        await Client.PutItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new("a"), ["n"] = new() { N = "1" } });
        var item = (await Client.GetItemAsync(new GetItemRequest { TableName = table, Key = Key("a"), ConsistentRead = true })).Item;

        Assert.Equal("1", item["n"].N);
        Assert.Equal(1, Env.Endpoint.Calls.Count("PutItem"));
        Assert.Equal(1, Env.Endpoint.Calls.Count("GetItem"));
        Assert.Equal(1, Env.Endpoint.Calls.Count("CreateTable"));
    }

    [Fact]
    public async Task PutItem_WhenConditionFails_ShouldSurfaceConditionalCheckFailedErrorCode()
    {
        var table = await CreateTableAsync();
        await Client.PutItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new("a") });

        var error = await ErrorOf(() => Client.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new Dictionary<string, AttributeValue> { ["pk"] = new("a") },
            ConditionExpression = "attribute_not_exists(#pk)",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#pk"] = "pk" },
        }));

        Assert.Equal("ConditionalCheckFailedException", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task Pitr_WhenTableWasCreatedInDynalite_ShouldStartDisabledAndBeExportableOnceEnabled()
    {
        var table = await CreateTableAsync();
        var arn = (await Client.DescribeTableAsync(table)).Table.TableArn;

        var before = await Client.DescribeContinuousBackupsAsync(new DescribeContinuousBackupsRequest { TableName = table });
        await Client.UpdateContinuousBackupsAsync(new UpdateContinuousBackupsRequest
        {
            TableName = table,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
        });
        Time.Advance(TimeSpan.FromHours(1));
        var export = await Client.ExportTableToPointInTimeAsync(Incremental(arn, Start, Start.AddMinutes(30)));

        Assert.Equal("DISABLED", before.ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus.Value);
        Assert.Equal(arn, export.ExportDescription.TableArn);
    }

    [Fact]
    public async Task DescribeTable_WhenTableIsOnlyInDynalite_ShouldBeForwarded()
    {
        var error = await ErrorOf(() => Client.DescribeTableAsync($"missing-{Guid.NewGuid():N}"));

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal(1, Env.Endpoint.Calls.Count("DescribeTable"));
    }

    [Fact]
    public async Task CallCounters_WhenReset_ShouldStartFromZero()
    {
        await Client.ListTablesAsync(new ListTablesRequest { Limit = 1 });

        Env.Endpoint.Calls.Reset();
        await Client.ListExportsAsync(new ListExportsRequest());

        Assert.Equal(0, Env.Endpoint.Calls.Count("ListTables"));
        Assert.Equal(1, Env.Endpoint.Calls.Total);
    }

    private async Task<string> CreateTableAsync()
    {
        var name = SharedDynalite.UniqueName("fwd");
        await Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new AttributeDefinition("pk", ScalarAttributeType.S)],
            KeySchema = [new KeySchemaElement("pk", KeyType.HASH)],
        });
        await TableWaiter.WaitUntilActiveAsync(Client, name);
        return name;
    }

    private static Dictionary<string, AttributeValue> Key(string pk) => new() { ["pk"] = new AttributeValue(pk) };
}
