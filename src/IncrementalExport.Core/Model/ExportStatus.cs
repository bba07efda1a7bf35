namespace IncrementalExport.Core.Model;

/// <summary>ExportStatus of DescribeExport.</summary>
public enum ExportStatus
{
    /// <summary>IN_PROGRESS.</summary>
    InProgress,

    /// <summary>COMPLETED.</summary>
    Completed,

    /// <summary>FAILED.</summary>
    Failed,
}
