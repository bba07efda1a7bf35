using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Emulator.Servers;
using IncrementalExport.Tests.Emulator;
using IncrementalExport.TestServers.Dynalite;

namespace IncrementalExport.Tests.Aws;

/// <summary>The lake's key attributes come from DescribeTable (dynalite through the real SDK client), partition key first.</summary>
public sealed class KeyNamesTests(DynaliteFixture dynalite) : IClassFixture<DynaliteFixture>
{
    [Fact]
    public async Task GetKeyNames_OfATableWithASortKey_ShouldGiveThePartitionKeyThenTheSortKey()
    {
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("AKID", "secret"), new AmazonDynamoDBConfig { ServiceURL = dynalite.ServiceUrl, AuthenticationRegion = "us-east-1" });
        var table = SharedDynalite.UniqueName("keys");
        await client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [new("placed", ScalarAttributeType.N), new("customer", ScalarAttributeType.S)],
            KeySchema = [new("customer", KeyType.HASH), new("placed", KeyType.RANGE)],
        });
        await TableWaiter.WaitUntilActiveAsync(client, table);

        var names = await new DynamoDbExportApi(client).GetKeyNamesAsync(table, CancellationToken.None);

        Assert.Equal(["customer", "placed"], names);
    }
}
