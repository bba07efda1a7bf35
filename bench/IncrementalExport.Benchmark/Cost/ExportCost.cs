using IncrementalExport.Core.Model;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Benchmark.Cost;

/// <summary>
/// The export charges of one table per month: what AWS bills for the exports themselves and for their files in S3,
/// the same whichever orchestrator starts them. Each incremental export is billed at least the minimum size.
/// </summary>
internal static class ExportCost
{
    /// <summary>Objects an incremental export writes: _started, two manifests with their checksums, and (at least) one data file.</summary>
    public const int ObjectsPerExport = 6;

    /// <summary>KMS requests S3 makes per export for SSE-KMS with the bucket key on (an estimate: one data key per export).</summary>
    public const int KmsRequestsPerExport = 1;

    public static double ExportsPerMonth(int windowMinutes) => 1440.0 / windowMinutes * CostInputs.HoursPerMonth / 24;

    public static double BilledBytesPerExport(TableProfile profile, int windowMinutes, Prices prices) =>
        Math.Max(prices.MinimumBilledBytesPerIncrementalExport, profile.ChangedBytesPerDay * windowMinutes / 1440);

    public static IReadOnlyList<CostLine> PerTablePerMonth(TableProfile profile, int windowMinutes, Prices prices)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(prices);
        var exports = ExportsPerMonth(windowMinutes);
        var billedGb = exports * BilledBytesPerExport(profile, windowMinutes, prices) / 1e9;
        var puts = exports * ObjectsPerExport;
        var kms = exports * KmsRequestsPerExport;
        var storedGb = profile.ChangedBytesPerDay * CostInputs.HoursPerMonth / 24 / 1e9;
        return
        [
            new("Incremental exports (billed size)", billedGb, "GB", (decimal)billedGb * prices.IncrementalExportPerGb),
            new("S3 PUT requests (export files)", puts, "requests", (decimal)(puts / 1000) * prices.S3PutPer1000),
            new("KMS requests (S3, bucket key)", kms, "requests", (decimal)(kms / 1e4) * prices.KmsPer10KRequests),
            new("S3 storage (a month of exports, kept a month)", storedGb, "GB-month", (decimal)storedGb * prices.S3StandardPerGbMonth),
        ];
    }

    /// <summary>The one full export that starts a chain (and every reset or PITR gap), per GB of table size.</summary>
    public static decimal FullExport(TableProfile profile, Prices prices) => (decimal)(profile.TableBytes / 1e9) * prices.FullExportPerGb;

    /// <summary>
    /// The window the adaptive mode settles on for <paramref name="profile"/>, by the engine's own rule, from 15-minute
    /// windows with a freshness limit of a day: windows double while an export bills at the minimum.
    /// </summary>
    public static int AdaptiveWindowMinutes(TableProfile profile, Prices prices)
    {
        var table = new TableSettings("t", WindowMinutes: 15, AdaptiveWindows: true, FreshnessLimitMinutes: 1440);
        var settings = new ExportSettings { Bucket = "b", StateTable = "s", Tables = [table] };
        var window = 15;
        for (var i = 0; i < 32; i++)
        {
            var completed = new CompletedExport
            {
                Table = "t", Epoch = 1, Sequence = 1, ExportArn = "a", S3Bucket = "b", S3Prefix = "p", RecordedAt = default,
                Window = ExportWindow.Incremental(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(window)),
                BilledSizeBytes = (long)BilledBytesPerExport(profile, window, prices),
            };
            window = AdaptiveWindow.After(window, completed, table, settings);
        }

        return window;
    }
}
