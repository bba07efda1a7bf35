using System.Collections.Concurrent;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using IncrementalExport.Core.Model;
using ExportDescription = IncrementalExport.Core.Model.ExportDescription;
using ExportFormat = IncrementalExport.Core.Model.ExportFormat;
using ExportStatus = IncrementalExport.Core.Model.ExportStatus;
using ExportViewType = IncrementalExport.Core.Model.ExportViewType;
using SdkExportFormat = Amazon.DynamoDBv2.ExportFormat;
using SdkExportStatus = Amazon.DynamoDBv2.ExportStatus;
using SdkViewType = Amazon.DynamoDBv2.ExportViewType;

namespace IncrementalExport.Core.Aws;

/// <summary>The export control plane over IAmazonDynamoDB: requests, responses and errors mapped in one place.</summary>
internal sealed class DynamoDbExportApi(IAmazonDynamoDB dynamoDb) : IExportApi
{
    // Exports are listed newest first; an export this old is far beyond any intent worth finding.
    private const int MaxExportsSearched = 1000;

    private readonly ConcurrentDictionary<string, string> _arns = new(StringComparer.Ordinal);

    public Task<PitrWindow> DescribePitrAsync(string tableNameOrArn, CancellationToken cancellationToken) =>
        AwsErrorClassifier.Call(
            async () =>
            {
                var response = await dynamoDb.DescribeContinuousBackupsAsync(
                    new DescribeContinuousBackupsRequest { TableName = tableNameOrArn }, cancellationToken);
                var pitr = response.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
                return pitr?.PointInTimeRecoveryStatus == PointInTimeRecoveryStatus.ENABLED
                    ? new PitrWindow(true, AwsTime.From(pitr.EarliestRestorableDateTime), AwsTime.From(pitr.LatestRestorableDateTime))
                    : PitrWindow.Disabled;
            },
            cancellationToken);

    public async Task<string> GetTableArnAsync(string tableName, CancellationToken cancellationToken)
    {
        if (_arns.TryGetValue(tableName, out var known))
        {
            return known;
        }

        var arn = await AwsErrorClassifier.Call(
            async () => (await dynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken)).Table.TableArn,
            cancellationToken);
        return _arns.GetOrAdd(tableName, arn);
    }

    /// <summary>The table's key attributes from DescribeTable, partition key first.</summary>
    public Task<IReadOnlyList<string>> GetKeyNamesAsync(string tableNameOrArn, CancellationToken cancellationToken) =>
        AwsErrorClassifier.Call(
            async () =>
            {
                var table = (await dynamoDb.DescribeTableAsync(new DescribeTableRequest { TableName = tableNameOrArn }, cancellationToken)).Table;
                return (IReadOnlyList<string>)table.KeySchema.OrderBy(k => k.KeyType == KeyType.HASH ? 0 : 1).Select(k => k.AttributeName).ToList();
            },
            cancellationToken);

    public Task<ExportDescription> StartExportAsync(ExportRequest request, CancellationToken cancellationToken) =>
        AwsErrorClassifier.Call(
            async () => Map((await dynamoDb.ExportTableToPointInTimeAsync(ToSdk(request), cancellationToken)).ExportDescription),
            cancellationToken);

    public Task<ExportDescription> DescribeExportAsync(string exportArn, CancellationToken cancellationToken) =>
        AwsErrorClassifier.Call(
            async () => Map((await dynamoDb.DescribeExportAsync(new DescribeExportRequest { ExportArn = exportArn }, cancellationToken)).ExportDescription),
            cancellationToken);

    public async Task<ExportDescription?> FindByClientTokenAsync(string tableArn, string clientToken, CancellationToken cancellationToken)
    {
        string? next = null;
        var described = 0;
        do
        {
            var page = await AwsErrorClassifier.Call(
                () => dynamoDb.ListExportsAsync(new ListExportsRequest { TableArn = tableArn, MaxResults = 25, NextToken = next }, cancellationToken),
                cancellationToken);
            foreach (var summary in page.ExportSummaries ?? [])
            {
                var export = await AwsErrorClassifier.Call(
                    async () => (await dynamoDb.DescribeExportAsync(new DescribeExportRequest { ExportArn = summary.ExportArn }, cancellationToken)).ExportDescription,
                    cancellationToken);
                if (export.ClientToken == clientToken)
                {
                    return Map(export);
                }

                if (++described >= MaxExportsSearched)
                {
                    return null;
                }
            }

            next = page.NextToken;
        }
        while (!string.IsNullOrEmpty(next));

        return null;
    }

    private static ExportTableToPointInTimeRequest ToSdk(ExportRequest request)
    {
        var sdk = new ExportTableToPointInTimeRequest
        {
            TableArn = request.TableArn,
            S3Bucket = request.Bucket,
            S3BucketOwner = request.BucketOwner,
            S3Prefix = request.S3Prefix,
            S3SseAlgorithm = request.KmsKeyArn is null ? S3SseAlgorithm.AES256 : S3SseAlgorithm.KMS,
            S3SseKmsKeyId = request.KmsKeyArn,
            ExportFormat = request.Format == ExportFormat.Ion ? SdkExportFormat.ION : SdkExportFormat.DYNAMODB_JSON,
            ClientToken = request.ClientToken,
        };
        if (request.Window.Kind == ExportKind.Full)
        {
            sdk.ExportType = ExportType.FULL_EXPORT;
            sdk.ExportTime = AwsTime.To(request.Window.To);
        }
        else
        {
            sdk.ExportType = ExportType.INCREMENTAL_EXPORT;
            sdk.IncrementalExportSpecification = new IncrementalExportSpecification
            {
                ExportFromTime = AwsTime.To(request.Window.From),
                ExportToTime = AwsTime.To(request.Window.To),
                ExportViewType = request.ViewType == ExportViewType.NewImage ? SdkViewType.NEW_IMAGE : SdkViewType.NEW_AND_OLD_IMAGES,
            };
        }

        return sdk;
    }

    private static ExportDescription Map(Amazon.DynamoDBv2.Model.ExportDescription d)
    {
        var status = d.ExportStatus == SdkExportStatus.COMPLETED ? ExportStatus.Completed
            : d.ExportStatus == SdkExportStatus.FAILED ? ExportStatus.Failed
            : ExportStatus.InProgress;
        return new ExportDescription(
            d.ExportArn,
            status,
            d.FailureCode,
            d.FailureMessage,
            d.ExportManifest,
            d.S3Prefix,
            d.ItemCount ?? 0,
            d.BilledSizeBytes ?? 0,
            AwsTime.From(d.StartTime),
            AwsTime.From(d.EndTime))
        {
            S3Bucket = d.S3Bucket,
            S3BucketOwner = d.S3BucketOwner,
            Format = d.ExportFormat == SdkExportFormat.ION ? ExportFormat.Ion
                : d.ExportFormat == SdkExportFormat.DYNAMODB_JSON ? ExportFormat.DynamoDbJson
                : null,
            ViewType = d.IncrementalExportSpecification?.ExportViewType is not { } view ? null
                : view == SdkViewType.NEW_IMAGE ? ExportViewType.NewImage
                : ExportViewType.NewAndOldImages,
        };
    }
}
