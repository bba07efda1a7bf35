using System.Text.Json.Serialization;

namespace IncrementalExport.Core.Model;

/// <summary>
/// What each incremental export line carries (IncrementalExportSpecification.ExportViewType), spelled as AWS spells
/// it, in the settings and in reports alike.
/// </summary>
public enum ExportViewType
{
    /// <summary>NEW_AND_OLD_IMAGES, the AWS default.</summary>
    [JsonStringEnumMemberName("NEW_AND_OLD_IMAGES")]
    NewAndOldImages,

    /// <summary>NEW_IMAGE.</summary>
    [JsonStringEnumMemberName("NEW_IMAGE")]
    NewImage,
}
