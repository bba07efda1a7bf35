using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Aws;

/// <summary>
/// The export control plane as the engine sees it. Implemented once over IAmazonDynamoDB
/// (<c>DynamoDbExportApi</c>); every error arrives as <see cref="AwsCallException"/>.
/// </summary>
internal interface IExportApi
{
    /// <summary>DescribeContinuousBackups.</summary>
    Task<PitrWindow> DescribePitrAsync(string tableNameOrArn, CancellationToken cancellationToken);

    /// <summary>The table's ARN (DescribeTable), for tables configured by name.</summary>
    Task<string> GetTableArnAsync(string tableName, CancellationToken cancellationToken);

    /// <summary>ExportTableToPointInTime; returns the export as AWS described it.</summary>
    Task<ExportDescription> StartExportAsync(ExportRequest request, CancellationToken cancellationToken);

    /// <summary>DescribeExport.</summary>
    Task<ExportDescription> DescribeExportAsync(string exportArn, CancellationToken cancellationToken);

    /// <summary>
    /// The table's export started with <paramref name="clientToken"/> (ListExports, then DescribeExport of each until one
    /// carries the token), or null. For intents older than AWS's token memory, where a re-issue could start a second export.
    /// </summary>
    Task<ExportDescription?> FindByClientTokenAsync(string tableArn, string clientToken, CancellationToken cancellationToken);
}
