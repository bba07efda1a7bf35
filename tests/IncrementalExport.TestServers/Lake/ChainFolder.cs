using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using IncrementalExport.Core.Model;

namespace IncrementalExport.TestServers.Lake;

/// <summary>
/// Writes export chains in AWS's S3 layout into a folder laid out as ROOT/&lt;bucket&gt;/&lt;key&gt; (what
/// <c>materialize --from-dir</c> reads), written here independently of the emulator, and the history entries for them.
/// </summary>
internal sealed class ChainFolder : IDisposable
{
    public const string Bucket = "exports";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly List<CompletedExport> _history = [];
    private int _epoch = 1;

    public ChainFolder(string table = "orders")
    {
        Table = table;
        Directory.CreateDirectory(Root);
    }

    public string Table { get; }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"chain-{Guid.NewGuid():N}");

    public IReadOnlyList<CompletedExport> History => _history;

    /// <summary>Adds the next export of the current epoch (1 until <see cref="StartEpoch"/>) with these data files (each a list of lines); returns its history entry.</summary>
    public CompletedExport Add(string outputFormat = "DYNAMODB_JSON", params IReadOnlyList<string>[] files) => Add(outputFormat, false, files);

    /// <summary>As <see cref="Add(string, IReadOnlyList{string}[])"/>; with <paramref name="relativeKeys"/> the manifests list keys from AWSDynamoDB/ on and the history has an s3:// ExportManifest.</summary>
    public CompletedExport Add(string outputFormat, bool relativeKeys, params IReadOnlyList<string>[] files)
    {
        var sequence = _history.Count(e => e.Epoch == _epoch);
        var id = $"0000000000{_epoch}00{sequence}-abcdef0{sequence}";
        var prefix = $"lake/{Table}/epoch={_epoch}/{sequence}/AWSDynamoDB/{id}/";
        string Listed(string key) => relativeKeys ? key[key.IndexOf("AWSDynamoDB/", StringComparison.Ordinal)..] : key;
        var manifest = new StringBuilder();
        for (var i = 0; i < files.Length; i++)
        {
            var key = $"{prefix}data/file{i}.json.gz";
            var bytes = Gzip(files[i]);
            Write(key, bytes);
            manifest.Append(new JsonObject
            {
                ["itemCount"] = files[i].Count,
                ["md5Checksum"] = Md5(bytes),
                ["etag"] = "x",
                ["dataFileS3Key"] = Listed(key),
            }.ToJsonString()).Append('\n');
        }

        Write(prefix + "manifest-files.json", Encoding.UTF8.GetBytes(manifest.ToString()));
        var summary = new JsonObject { ["manifestFilesS3Key"] = Listed(prefix + "manifest-files.json"), ["outputFormat"] = outputFormat };
        Write(prefix + "manifest-summary.json", Encoding.UTF8.GetBytes(summary.ToJsonString()));
        var window = sequence == 0
            ? ExportWindow.Full(T0)
            : ExportWindow.Incremental(T0.AddMinutes(15 * (sequence - 1)), T0.AddMinutes(15 * sequence));
        var entry = new CompletedExport
        {
            Table = Table,
            Epoch = _epoch,
            Sequence = sequence,
            Window = window,
            ExportArn = $"arn:aws:dynamodb:us-east-1:123456789012:table/{Table}/export/{id}",
            S3Bucket = Bucket,
            S3Prefix = prefix,
            ManifestKey = relativeKeys ? $"s3://{Bucket}/{prefix}manifest-summary.json" : prefix + "manifest-summary.json",
            RecordedAt = T0,
        };
        _history.Add(entry);
        return entry;
    }

    /// <summary>Starts the next epoch: the next export added is its full export.</summary>
    public void StartEpoch() => _epoch++;

    /// <summary>The path of an object.</summary>
    public string PathOf(string key) => Path.Combine([Root, Bucket, .. key.Split('/')]);

    public void Write(string key, byte[] content)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public static string FullLine(string item) => $$"""{"Item":{{item}}}""";

    public static string ChangeLine(long micros, string keys, string? newImage, string? oldImage = null) =>
        "{\"Metadata\":{\"WriteTimestampMicros\":{\"N\":\"" + micros.ToString(CultureInfo.InvariantCulture) + "\"}},\"Keys\":" + keys
        + (newImage is null ? "" : $$""","NewImage":{{newImage}}""")
        + (oldImage is null ? "" : $$""","OldImage":{{oldImage}}""")
        + "}";

    public static byte[] Gzip(IEnumerable<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));
        }

        return buffer.ToArray();
    }

#pragma warning disable CA5351 // The export manifest's checksum is MD5.
    public static string Md5(byte[] bytes) => Convert.ToBase64String(MD5.HashData(bytes));
#pragma warning restore CA5351

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
