using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Settings;

/// <summary>One source table and how it is exported.</summary>
/// <param name="Table">The table name, or its ARN (arn:partition:dynamodb:region:account:table/name).</param>
/// <param name="Prefix">The S3 key prefix for this table under the environment prefix; defaults to the table name.</param>
/// <param name="ViewType">The incremental export view type.</param>
/// <param name="Format">The export format.</param>
/// <param name="StartTime">When the first full export reads the table; null for the latest restorable time.</param>
/// <param name="WindowMinutes">This table's window length; null for the environment's.</param>
/// <param name="AdaptiveWindows">Lengthen the windows while exports bill at the minimum, shorten them when the table gets busy.</param>
/// <param name="FreshnessLimitMinutes">With <paramref name="AdaptiveWindows"/>: the longest window the table may get.</param>
public sealed record TableSettings(
    string Table,
    string? Prefix = null,
    ExportViewType ViewType = ExportViewType.NewAndOldImages,
    ExportFormat Format = ExportFormat.DynamoDbJson,
    DateTimeOffset? StartTime = null,
    int? WindowMinutes = null,
    bool AdaptiveWindows = false,
    int? FreshnessLimitMinutes = null)
{
    /// <summary>The table name, also when <see cref="Table"/> is an ARN; the key of the table's state.</summary>
    public string Name => TableIdentity.NameOf(Table);

    /// <summary>The ARN when the table was given as one, else null.</summary>
    public string? Arn => TableIdentity.IsArn(Table) ? Table : null;

    /// <summary>The prefix this table's exports are written under, below the environment prefix.</summary>
    public string EffectivePrefix => string.IsNullOrEmpty(Prefix) ? Name : Prefix;
}
