using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Planning;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Engine;

/// <summary>Where the lake lives in the export bucket: everything it writes under &lt;prefix&gt;/_lake/, the exports where the export chain put them.</summary>
public static class LakeLayout
{
    /// <summary>The prefix everything the lake writes goes under (no trailing '/').</summary>
    public static string LakePrefix(ExportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.IsNullOrEmpty(settings.Prefix) ? "_lake" : $"{settings.Prefix}/_lake";
    }

    /// <summary>Where the Iceberg tables' data and metadata go.</summary>
    public static string WarehousePrefix(ExportSettings settings) => LakePrefix(settings) + "/warehouse";

    /// <summary>Where the workgroup writes query results (enforced by the workgroup).</summary>
    public static string ResultsPrefix(ExportSettings settings) => LakePrefix(settings) + "/athena-results";

    /// <summary>The lake of <paramref name="table"/> in the stack's database, with its key attributes <paramref name="keyNames"/>.</summary>
    public static LakeTable Table(ExportSettings settings, LakeSettings lake, TableSettings table, IReadOnlyList<string> keyNames)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lake);
        return new LakeTable(table.Name, lake.Database, keyNames, settings.Bucket, ExportLayout.TableRoot(settings, table), $"s3://{settings.Bucket}/{WarehousePrefix(settings)}");
    }
}
