namespace IncrementalExport.Core.Model;

/// <summary>FULL_EXPORT or INCREMENTAL_EXPORT.</summary>
public enum ExportKind
{
    /// <summary>A full export at one point in time; starts an epoch.</summary>
    Full,

    /// <summary>An incremental export of the changes in [From, To).</summary>
    Incremental,
}
