
namespace IncrementalExport.Core.Settings;

/// <summary>The camelCase keys of the settings document, shared by the reader, the validator and the writer.</summary>
internal static class SettingsKeys
{
    public const string Bucket = "bucket";
    public const string BucketOwner = "bucketOwner";
    public const string Prefix = "prefix";
    public const string KmsKeyArn = "kmsKeyArn";
    public const string StateTable = "stateTable";
    public const string WindowMinutes = "windowMinutes";
    public const string AlignWindows = "alignWindows";
    public const string MaxCatchUpMinutes = "maxCatchUpMinutes";
    public const string SafetyMarginSeconds = "safetyMarginSeconds";
    public const string MaxExportsInFlight = "maxExportsInFlight";
    public const string MaxConsecutiveFailures = "maxConsecutiveFailures";
    public const string OnPitrGap = "onPitrGap";
    public const string Parallelism = "parallelism";
    public const string Tables = "tables";
    public const string DataLake = "dataLake";
    public const string Database = "database";
    public const string WorkGroup = "workGroup";
    public const string ApplyEveryMinutes = "applyEveryMinutes";

    public const string Table = "table";
    public const string ViewType = "viewType";
    public const string ExportFormat = "exportFormat";
    public const string StartTime = "startTime";
    public const string AdaptiveWindows = "adaptiveWindows";
    public const string FreshnessLimitMinutes = "freshnessLimitMinutes";

    /// <summary>The path of the document itself, for problems that belong to no key (malformed JSON).</summary>
    public const string Document = "settings";

    public static string LakeKey(string key) => $"{DataLake}.{key}";

    public static string TableAt(int index) => $"{Tables}[{index}]";

    public static string TableKey(int index, string key) => $"{TableAt(index)}.{key}";
}
