using System.Globalization;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The partition of the source table that holds exactly one export's data files: the values of its injected
/// projection keys, read from the prefix the history recorded (&lt;root&gt;/epoch=&lt;n&gt;/&lt;window&gt;/AWSDynamoDB/&lt;id&gt;/).
/// A failed attempt of the same window wrote under another export id, so it is never named.
/// </summary>
/// <param name="Epoch">The epoch= folder's value.</param>
/// <param name="Window">The folders between epoch= and AWSDynamoDB/ ("full" or "incremental/&lt;from&gt;_&lt;to&gt;").</param>
/// <param name="ExportId">The export id folder.</param>
public sealed record SourcePartition(string Epoch, string Window, string ExportId)
{
    /// <summary>The source table's partition keys, in order (all injected).</summary>
    public static readonly IReadOnlyList<string> Keys = ["epoch", "export_window", "export_id"];

    /// <summary>The location template: every partition key once, as partition projection requires.</summary>
    public static string Template(LakeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return $"s3://{table.ExportBucket}/{table.ExportRoot}/epoch=${{epoch}}/${{export_window}}/AWSDynamoDB/${{export_id}}/data/";
    }

    /// <summary>The partition of <paramref name="export"/>, or a <see cref="LakeInputException"/> when its prefix is not under the table's root.</summary>
    public static SourcePartition Of(LakeTable table, CompletedExport export)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(export);
        var head = $"{table.ExportRoot}/epoch={export.Epoch.ToString(CultureInfo.InvariantCulture)}/";
        var marker = "/AWSDynamoDB/";
        var prefix = export.S3Prefix.TrimEnd('/');
        var at = prefix.LastIndexOf(marker, StringComparison.Ordinal);
        if (export.S3Bucket != table.ExportBucket || !prefix.StartsWith(head, StringComparison.Ordinal) || at < head.Length)
        {
            throw new LakeInputException(
                $"export {export.ExportArn} is at s3://{export.S3Bucket}/{export.S3Prefix}, not under s3://{table.ExportBucket}/{head}…/AWSDynamoDB/<id>/ where the source table of '{table.Table}' reads.");
        }

        var window = prefix[head.Length..at];
        var id = prefix[(at + marker.Length)..];
        return id.Length == 0 || id.Contains('/', StringComparison.Ordinal)
            ? throw new LakeInputException($"export {export.ExportArn}: no export id in its prefix {export.S3Prefix}.")
            : new SourcePartition(export.Epoch.ToString(CultureInfo.InvariantCulture), window, id);
    }
}
