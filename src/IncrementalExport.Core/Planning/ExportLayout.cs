using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Planning;

/// <summary>
/// Where exports land: &lt;prefix&gt;/&lt;table prefix&gt;/epoch=&lt;n&gt;/full and
/// .../epoch=&lt;n&gt;/incremental/&lt;from&gt;_&lt;to&gt;, so a key tells its epoch and window.
/// AWS then writes under AWSDynamoDB/&lt;export id&gt;/ below that.
/// </summary>
public static class ExportLayout
{
    /// <summary>The S3Prefix of the request for <paramref name="window"/> in <paramref name="epoch"/>.</summary>
    public static string RequestPrefix(ExportSettings settings, TableSettings table, int epoch, ExportWindow window)
    {
        var leaf = window.Kind == ExportKind.Full
            ? "full"
            : $"incremental/{TimeFormat.Compact(window.From)}_{TimeFormat.Compact(window.To)}";
        return $"{TableRoot(settings, table)}/epoch={epoch}/{leaf}";
    }

    /// <summary>The prefix above every epoch of <paramref name="table"/>'s exports (no trailing '/').</summary>
    public static string TableRoot(ExportSettings settings, TableSettings table)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(table);
        return string.IsNullOrEmpty(settings.Prefix) ? table.EffectivePrefix : $"{settings.Prefix}/{table.EffectivePrefix}";
    }

    /// <summary>The prefix AWS wrote the export under: the request prefix, then AWSDynamoDB/&lt;export id&gt;/.</summary>
    public static string WrittenPrefix(string requestPrefix, string exportArn) =>
        $"{requestPrefix}/AWSDynamoDB/{ExportId(exportArn)}/";

    /// <summary>The export id: the ARN's last segment (…/export/&lt;id&gt;).</summary>
    public static string ExportId(string exportArn) => exportArn[(exportArn.LastIndexOf('/') + 1)..];
}
