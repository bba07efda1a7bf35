using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.S3;
using Amazon.S3.Model;
using IncrementalExport.Core.Model;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Emulator.Recording;

namespace IncrementalExport.Emulator.Files;

/// <summary>
/// Writes an export's objects through the S3 API in AWS's layout: _started, data/*.json.gz, manifest-files.json,
/// manifest-summary.json and their .checksum files. The content comes from the table's journal (the writes the
/// emulator saw); a table without one (registered on the control plane only) exports no items.
/// </summary>
internal sealed class ExportFileWriter(IAmazonS3 s3)
{
    /// <summary>Lines per data file; AWS writes at least one file per partition.</summary>
    private const int LinesPerFile = 1000;

    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);

    /// <summary>The items written, and the failure the export ends with (null when it completes).</summary>
    public async Task<(long? ItemCount, ExportFailure? Failure)> WriteAsync(ExportPlan plan, TableJournal? journal, CancellationToken cancellationToken)
    {
        var export = plan.Export;
        // An idempotent replay returns the export already written.
        if (!_written.TryAdd(export.ExportArn, true))
        {
            return (null, null);
        }

        var p = export.Parameters;
        var root = ExportKeys.Root(p.S3Prefix, export.ExportId);
        try
        {
            await PutAsync(p.S3Bucket, root + "_started", [], cancellationToken);
            if (p.ExportFormat != "DYNAMODB_JSON")
            {
                return (null, new ExportFailure("UnsupportedExportFormat", "The local export emulator writes DYNAMODB_JSON only; ION is not emulated."));
            }

            if (plan.Failure is not null)
            {
                return (null, null);
            }

            var lines = Lines(export, journal);
            var files = Split(root, export.ExportId, lines);
            foreach (var file in files)
            {
                await PutAsync(p.S3Bucket, file.Key, file.Content, cancellationToken);
            }

            var manifestFiles = string.Concat(files.Select(f => ManifestLine(f) + "\n"));
            await PutWithChecksumAsync(p.S3Bucket, root + ExportKeys.ManifestFiles, manifestFiles, cancellationToken);
            var summary = Summary(plan, root + ExportKeys.ManifestFiles, lines.Count);
            await PutWithChecksumAsync(p.S3Bucket, root + ExportKeys.ManifestSummary, summary, cancellationToken);
            // A table the emulator does not record keeps the item count its test set.
            return (journal is null ? null : lines.Count, null);
        }
        catch (AmazonS3Exception e)
        {
            // As in AWS, a destination that cannot be written shows up as a FAILED export, not as a start error.
            var code = e.ErrorCode == "NoSuchBucket" ? "S3NoSuchBucket" : "S3" + e.ErrorCode;
            return (null, new ExportFailure(code, e.Message));
        }
    }

    private static IReadOnlyList<string> Lines(FakeExport export, TableJournal? journal)
    {
        if (journal is null)
        {
            return [];
        }

        return export.Parameters.Incremental is { } window
            ? ExportLines.Incremental(journal.ChangesIn(window.From, window.To), window.ViewType == "NEW_AND_OLD_IMAGES")
            : ExportLines.Full(journal.ItemsAt(export.ExportTime!.Value));
    }

    private static List<DataFile> Split(string root, string exportId, IReadOnlyList<string> lines)
    {
        var files = new List<DataFile>();
        for (var start = 0; start == 0 || start < lines.Count; start += LinesPerFile)
        {
            var name = FileName(exportId, files.Count);
            files.Add(DataFile.Create($"{root}data/{name}.json.gz", lines.Skip(start).Take(LinesPerFile).ToList()));
        }

        return files;
    }

    // Names look like AWS's (26 base32 characters) and are stable for one export.
    private static string FileName(string exportId, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{exportId}/{index.ToString(CultureInfo.InvariantCulture)}"));
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        return new string(hash.Take(26).Select(b => alphabet[b % 32]).ToArray());
    }

    private static string ManifestLine(DataFile file) => new JsonObject
    {
        ["itemCount"] = file.ItemCount,
        ["md5Checksum"] = file.Md5Base64,
        ["etag"] = file.ETag,
        ["dataFileS3Key"] = file.Key,
    }.ToJsonString();

    private static string Summary(ExportPlan plan, string manifestFilesKey, long itemCount)
    {
        var export = plan.Export;
        var p = export.Parameters;
        var summary = new JsonObject
        {
            ["version"] = "2020-06-30",
            ["exportArn"] = export.ExportArn,
            ["startTime"] = TimeFormat.AwsMilliseconds(export.StartTime),
            ["endTime"] = TimeFormat.AwsMilliseconds(plan.CompletesAt),
            ["tableArn"] = p.TableArn,
            ["tableId"] = plan.TableId,
        };
        if (p.Incremental is { } window)
        {
            summary["exportFromTime"] = TimeFormat.AwsMilliseconds(window.From);
            summary["exportToTime"] = TimeFormat.AwsMilliseconds(window.To);
        }
        else
        {
            summary["exportTime"] = TimeFormat.AwsMilliseconds(export.ExportTime!.Value);
        }

        summary["s3Bucket"] = p.S3Bucket;
        summary["s3Prefix"] = p.S3Prefix;
        summary["s3SseAlgorithm"] = p.S3SseAlgorithm ?? "AES256";
        summary["s3SseKmsKeyId"] = p.S3SseKmsKeyId;
        summary["manifestFilesS3Key"] = manifestFilesKey;
        summary["billedSizeBytes"] = itemCount * 100;
        summary["itemCount"] = itemCount;
        summary["outputFormat"] = p.ExportFormat;
        summary["exportType"] = p.ExportType;
        if (p.Incremental is { } view)
        {
            summary["outputView"] = view.ViewType;
        }

        return summary.ToJsonString();
    }

    private async Task PutWithChecksumAsync(string bucket, string key, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await PutAsync(bucket, key, bytes, cancellationToken);
        // The checksum files' content is not documented; the emulator writes the manifest's hex MD5.
        var checksum = new DataFile(key, bytes, 0).ETag;
        await PutAsync(bucket, key[..^".json".Length] + ".checksum", Encoding.UTF8.GetBytes(checksum), cancellationToken);
    }

    private Task<PutObjectResponse> PutAsync(string bucket, string key, byte[] content, CancellationToken cancellationToken) =>
        s3.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = bucket, Key = key, InputStream = new MemoryStream(content), AutoCloseStream = true, UseChunkEncoding = false,
            },
            cancellationToken);
}
