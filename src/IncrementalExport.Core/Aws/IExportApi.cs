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
}
