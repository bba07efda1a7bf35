using System.Text.Json;
using IncrementalExport.Emulator.ControlPlane;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>ExportTableToPointInTime, DescribeExport and ListExports on the wire.</summary>
internal static class ExportOperations
{
    public static ExportParameters ReadStartRequest(JsonRequest request)
    {
        var tableArn = request.RequiredString("TableArn");
        var bucket = request.RequiredString("S3Bucket");
        var format = request.Enum("ExportFormat", "DYNAMODB_JSON", "DYNAMODB_JSON", "ION");
        var type = request.Enum("ExportType", ExportParameters.FullExport, ExportParameters.FullExport, ExportParameters.IncrementalExport);
        var sse = request.String("S3SseAlgorithm") is null ? null : request.Enum("S3SseAlgorithm", "AES256", "AES256", "KMS");
        var exportTime = request.Time("ExportTime");
        var spec = request.Object("IncrementalExportSpecification");
        if (!tableArn.StartsWith("arn:", StringComparison.Ordinal) || !tableArn.Contains(":table/", StringComparison.Ordinal))
        {
            throw FakeServiceException.Validation($"Invalid TableArn '{tableArn}': expected arn:aws:dynamodb:<region>:<account>:table/<name>.");
        }

        IncrementalExportWindow? window = null;
        if (type == ExportParameters.IncrementalExport)
        {
            if (exportTime is not null)
            {
                throw FakeServiceException.Validation("ExportTime cannot be specified for an INCREMENTAL_EXPORT; use IncrementalExportSpecification.");
            }

            var from = spec?.Time("ExportFromTime");
            var to = spec?.Time("ExportToTime");
            if (from is null || to is null)
            {
                throw FakeServiceException.Validation(
                    "IncrementalExportSpecification with ExportFromTime and ExportToTime is required for an INCREMENTAL_EXPORT.");
            }

            var view = spec!.Value.Enum("ExportViewType", "NEW_AND_OLD_IMAGES", "NEW_IMAGE", "NEW_AND_OLD_IMAGES");
            window = new IncrementalExportWindow(from.Value, to.Value, view);
        }
        else if (spec is not null)
        {
            throw FakeServiceException.Validation("IncrementalExportSpecification can only be specified for an INCREMENTAL_EXPORT.");
        }

        return new ExportParameters(
            tableArn, bucket, request.String("S3BucketOwner"), request.String("S3Prefix"), sse, request.String("S3SseKmsKeyId"),
            format, type, exportTime, request.String("ClientToken"), window);
    }

    public static byte[] WriteDescription(FakeExport export) => JsonResponse.Write(w => WriteDescription(w, export));

    public static (string? TableArn, int MaxResults, string? NextToken) ReadListRequest(JsonRequest request)
    {
        var max = request.Int("MaxResults") ?? 25;
        if (max is < 1 or > 25)
        {
            throw FakeServiceException.Validation(
                $"1 validation error detected: Value '{max}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 25");
        }

        return (request.String("TableArn"), max, request.String("NextToken"));
    }

    public static byte[] WriteList(IReadOnlyList<FakeExport> page, string? nextToken) => JsonResponse.Write(w =>
    {
        w.WriteStartArray("ExportSummaries");
        foreach (var export in page)
        {
            w.WriteStartObject();
            w.WriteString("ExportArn", export.ExportArn);
            w.WriteString("ExportStatus", export.Status);
            w.WriteString("ExportType", export.Parameters.ExportType);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteOptional("NextToken", nextToken);
    });

    private static void WriteDescription(Utf8JsonWriter w, FakeExport export)
    {
        var p = export.Parameters;
        w.WriteStartObject("ExportDescription");
        w.WriteString("ExportArn", export.ExportArn);
        w.WriteString("ExportStatus", export.Status);
        w.WriteTime("StartTime", export.StartTime);
        w.WriteTime("EndTime", export.EndTime);
        w.WriteOptional("ExportManifest", export.ExportManifest);
        w.WriteString("TableArn", p.TableArn);
        w.WriteTime("ExportTime", export.ExportTime);
        w.WriteOptional("ClientToken", p.ClientToken);
        w.WriteString("S3Bucket", p.S3Bucket);
        w.WriteOptional("S3BucketOwner", p.S3BucketOwner);
        w.WriteOptional("S3Prefix", p.S3Prefix);
        w.WriteString("S3SseAlgorithm", p.S3SseAlgorithm ?? "AES256");
        w.WriteOptional("S3SseKmsKeyId", p.S3SseKmsKeyId);
        w.WriteOptional("FailureCode", export.FailureCode);
        w.WriteOptional("FailureMessage", export.FailureMessage);
        w.WriteString("ExportFormat", p.ExportFormat);
        if (export.BilledSizeBytes is { } billed)
        {
            w.WriteNumber("BilledSizeBytes", billed);
        }

        if (export.ItemCount is { } items)
        {
            w.WriteNumber("ItemCount", items);
        }

        w.WriteString("ExportType", p.ExportType);
        if (p.Incremental is { } window)
        {
            w.WriteStartObject("IncrementalExportSpecification");
            w.WriteTime("ExportFromTime", window.From);
            w.WriteTime("ExportToTime", window.To);
            w.WriteString("ExportViewType", window.ViewType);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
