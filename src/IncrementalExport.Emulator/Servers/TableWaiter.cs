using Amazon.DynamoDBv2;

namespace IncrementalExport.Emulator.Servers;

/// <summary>
/// Waits for a new table to become ACTIVE. Even with createTableMs = 0, dynalite flips CREATING to ACTIVE on a timer
/// after CreateTable returns, and item calls in between fail with ResourceNotFoundException.
/// </summary>
public static class TableWaiter
{
    /// <summary>Polls DescribeTable (wall clock, every 10 ms) until the table is ACTIVE, for at most 30 seconds.</summary>
    public static async Task WaitUntilActiveAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while ((await client.DescribeTableAsync(tableName, timeout.Token)).Table.TableStatus != TableStatus.ACTIVE)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
        }
    }
}
