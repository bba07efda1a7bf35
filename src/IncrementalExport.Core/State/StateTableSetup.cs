using Amazon.DynamoDBv2;

namespace IncrementalExport.Core.State;

/// <summary>Creates the state table where the stack does not (local use, tests, the CLI's init).</summary>
public static class StateTableSetup
{
    /// <summary>Creates the table if it is missing and waits until it is ACTIVE; true when it created it.</summary>
    public static Task<bool> CreateIfMissingAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken) =>
        throw new NotImplementedException("engine");
}
