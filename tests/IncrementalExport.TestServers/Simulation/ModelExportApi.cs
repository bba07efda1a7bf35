using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// The engine's view of the export control plane, served in-process by the same model the HTTP fake serves,
/// for runs too many for a server. The request and response mapping mirrors the endpoint's; the rules are the model's.
/// </summary>
internal sealed class ModelExportApi(FakeExportControlPlane model) : IExportApi
{
    public Task<PitrWindow> DescribePitrAsync(string tableNameOrArn, CancellationToken cancellationToken) => Run(() =>
    {
        var pitr = model.DescribeContinuousBackups(tableNameOrArn);
        return pitr.Enabled ? new PitrWindow(true, pitr.Earliest, pitr.Latest) : PitrWindow.Disabled;
    });

    public Task<string> GetTableArnAsync(string tableName, CancellationToken cancellationToken) => Run(() =>
        model.FindRegisteredTable(tableName)?.Arn ?? throw new FakeServiceException("ResourceNotFoundException", $"Requested resource not found: Table: {tableName} not found"));

    public Task<ExportDescription> StartExportAsync(ExportRequest request, CancellationToken cancellationToken) =>
        Run(() => Map(model.StartExport(ToParameters(request))));

    public Task<ExportDescription> DescribeExportAsync(string exportArn, CancellationToken cancellationToken) =>
        Run(() => Map(model.DescribeExport(exportArn)));

    public Task<ExportDescription?> FindByClientTokenAsync(string tableArn, string clientToken, CancellationToken cancellationToken) => Run(() =>
    {
        string? next = null;
        do
        {
            var (page, nextToken) = model.ListExports(tableArn, 25, next);
            if (page.FirstOrDefault(e => e.Parameters.ClientToken == clientToken) is { } found)
            {
                return Map(found);
            }

            next = nextToken;
        }
        while (next is not null);

        return (ExportDescription?)null;
    });

    /// <summary>The parameters the endpoint would read off the wire for this request.</summary>
    public static ExportParameters ToParameters(ExportRequest r) => new(
        r.TableArn,
        r.Bucket,
        r.BucketOwner,
        r.S3Prefix,
        r.KmsKeyArn is null ? "AES256" : "KMS",
        r.KmsKeyArn,
        r.Format == ExportFormat.Ion ? "ION" : "DYNAMODB_JSON",
        r.Window.Kind == ExportKind.Full ? ExportParameters.FullExport : ExportParameters.IncrementalExport,
        r.Window.Kind == ExportKind.Full ? r.Window.To : null,
        r.ClientToken,
        r.Window.Kind == ExportKind.Full
            ? null
            : new IncrementalExportWindow(r.Window.From, r.Window.To, r.ViewType == ExportViewType.NewImage ? "NEW_IMAGE" : "NEW_AND_OLD_IMAGES"));

    private static ExportDescription Map(FakeExport e) => new(
        e.ExportArn,
        e.Status switch
        {
            FakeExport.Completed => ExportStatus.Completed,
            FakeExport.Failed => ExportStatus.Failed,
            _ => ExportStatus.InProgress,
        },
        e.FailureCode,
        e.FailureMessage,
        e.ExportManifest,
        e.Parameters.S3Prefix,
        e.ItemCount ?? 0,
        e.BilledSizeBytes ?? 0,
        e.StartTime,
        e.EndTime)
    {
        S3Bucket = e.Parameters.S3Bucket,
        S3BucketOwner = e.Parameters.S3BucketOwner,
        Format = e.Parameters.ExportFormat == "ION" ? ExportFormat.Ion : ExportFormat.DynamoDbJson,
        ViewType = e.Parameters.Incremental is { } w ? (w.ViewType == "NEW_IMAGE" ? ExportViewType.NewImage : ExportViewType.NewAndOldImages) : null,
    };

    private static Task<T> Run<T>(Func<T> call)
    {
        try
        {
            return Task.FromResult(call());
        }
        catch (FakeServiceException e)
        {
            return Task.FromException<T>(AwsErrorClassifier.Classify(e.ErrorCode, e.StatusCode, e.Message, e));
        }
    }
}
