using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Materialize;

/// <summary>
/// Reads every export of a plan as its manifests list it (never by listing prefixes): the summary, the files manifest,
/// then each data file, whose MD5 must match and whose every line must have the documented shape. Lines go to
/// <paramref name="sink"/> as they are checked; the first problem stops everything with an error naming the object.
/// </summary>
internal sealed class ChainLoader(IExportFiles files, Action<int, long, string> sink)
{
    /// <summary>The key attributes named by the incremental lines (empty when there were none).</summary>
    public HashSet<string> KeyNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Lines read so far.</summary>
    public long Lines { get; private set; }

    public async Task LoadAsync(ApplyPlan plan, CancellationToken cancellationToken)
    {
        for (var seq = 0; seq < plan.Exports.Count; seq++)
        {
            await LoadExportAsync(seq, plan.Exports[seq], cancellationToken);
        }
    }

    private async Task LoadExportAsync(int seq, CompletedExport export, CancellationToken cancellationToken)
    {
        var bucket = export.S3Bucket;
        var keys = new ExportKeyResolver(export);
        var (summaryKey, summaryBytes) = await ReadFirstAsync(bucket, keys.Summary(), cancellationToken);
        var summaryText = Encoding.UTF8.GetString(summaryBytes
            ?? throw new LakeInputException($"{files.Describe(bucket, summaryKey)} of export {export.ExportArn} does not exist."));
        var summary = ManifestSummary.Parse(summaryText, files.Describe(bucket, summaryKey));
        if (summary.OutputFormat != ManifestSummary.DynamoDbJson)
        {
            throw new LakeInputException(
                $"export {export.ExportArn} is in {summary.OutputFormat}; materialize reads DYNAMODB_JSON exports only (set the table's exportFormat to DYNAMODB_JSON and reset it).");
        }

        var (manifestKey, manifestBytes) = await ReadFirstAsync(bucket, keys.Listed(summary.ManifestFilesKey), cancellationToken);
        var manifest = Encoding.UTF8.GetString(manifestBytes
            ?? throw new LakeInputException($"{files.Describe(bucket, manifestKey)} of export {export.ExportArn} does not exist."));
        var incremental = export.Window.Kind == ExportKind.Incremental;
        foreach (var entry in DataFileEntry.ParseAll(manifest, files.Describe(bucket, manifestKey)))
        {
            var (key, content) = await ReadFirstAsync(bucket, keys.Listed(entry.Key), cancellationToken);
            var name = files.Describe(bucket, key);
            var bytes = content
                ?? throw new LakeInputException($"{name} is listed in the manifest of export {export.ExportArn} but does not exist.");
            CheckMd5(bytes, entry.Md5Checksum, name);
            ReadLines(seq, bytes, name, incremental);
        }
    }

    private void ReadLines(int seq, byte[] gzip, string name, bool incremental)
    {
        using var reader = new StreamReader(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress), Encoding.UTF8);
        var number = 0L;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (InvalidDataException e)
            {
                throw new LakeInputException($"{name} is not a readable gzip file: {e.Message}", e);
            }

            if (line is null)
            {
                return;
            }

            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (ExportLine.Check(line, incremental, KeyNames) is { } problem)
            {
                throw new LakeInputException($"{name} line {number.ToString(CultureInfo.InvariantCulture)}: unreadable line ({problem}).");
            }

            sink(seq, number, line);
            Lines++;
        }
    }

    // The first candidate key that exists, with its bytes; the first candidate and null when none does.
    private async Task<(string Key, byte[]? Bytes)> ReadFirstAsync(string bucket, IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        foreach (var key in candidates)
        {
            if (await files.ReadAsync(bucket, key, cancellationToken) is { } bytes)
            {
                return (key, bytes);
            }
        }

        return (candidates[0], null);
    }

    // The manifest's md5Checksum is base64 (as AWS writes it); a hex digest is accepted too.
    private static void CheckMd5(byte[] content, string expected, string name)
    {
#pragma warning disable CA5351 // MD5 is what the export manifest specifies: an integrity check, not security.
        var actual = MD5.HashData(content);
#pragma warning restore CA5351
        var matches = expected.Length == 32
            ? string.Equals(Convert.ToHexString(actual), expected, StringComparison.OrdinalIgnoreCase)
            : Convert.ToBase64String(actual) == expected;
        if (!matches)
        {
            throw new LakeInputException($"{name}: MD5 mismatch (manifest says {expected}, the file has {Convert.ToBase64String(actual)}).");
        }
    }
}
