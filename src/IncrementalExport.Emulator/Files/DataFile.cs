using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace IncrementalExport.Emulator.Files;

/// <summary>One gzip data file of an export and what manifest-files.json says about it.</summary>
internal sealed record DataFile(string Key, byte[] Content, int ItemCount)
{
    /// <summary>Gzips <paramref name="lines"/> (one per line, each ending in a newline) into a file at <paramref name="key"/>.</summary>
    public static DataFile Create(string key, IReadOnlyList<string> lines)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            foreach (var line in lines)
            {
                gzip.Write(Encoding.UTF8.GetBytes(line + "\n"));
            }
        }

        return new DataFile(key, buffer.ToArray(), lines.Count);
    }

    // MD5 is what the export format and S3's ETag specify; it is a checksum here, not a security control.
#pragma warning disable CA5351

    /// <summary>The base64 MD5 of the object (md5Checksum).</summary>
    public string Md5Base64 => Convert.ToBase64String(MD5.HashData(Content));

    /// <summary>The S3 ETag of a single-part upload: the hex MD5.</summary>
    public string ETag => Convert.ToHexStringLower(MD5.HashData(Content));
#pragma warning restore CA5351
}
