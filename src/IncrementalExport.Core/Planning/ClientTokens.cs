using System.Security.Cryptography;
using System.Text;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// The idempotency token of a start request, a function of (table, epoch, window, attempt) only: a re-issued
/// request within AWS's 8-hour token memory returns the export already started instead of a second one.
/// </summary>
internal static class ClientTokens
{
    /// <summary>32 hex characters.</summary>
    public static string For(string table, int epoch, ExportWindow window, int attempt)
    {
        var text = $"{table}|{epoch}|{window.Kind}|{window.From.UtcTicks}|{window.To.UtcTicks}|{attempt}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
