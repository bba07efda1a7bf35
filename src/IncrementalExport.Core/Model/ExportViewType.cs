namespace IncrementalExport.Core.Model;

/// <summary>What each incremental export line carries (IncrementalExportSpecification.ExportViewType).</summary>
public enum ExportViewType
{
    /// <summary>NEW_AND_OLD_IMAGES, the AWS default.</summary>
    NewAndOldImages,

    /// <summary>NEW_IMAGE.</summary>
    NewImage,
}
