namespace IncrementalExport.Core.Model;

/// <summary>
/// What one export covers. A full export reads the table at <see cref="To"/> (and <see cref="From"/> equals it);
/// an incremental export holds the changes in [<see cref="From"/>, <see cref="To"/>).
/// </summary>
public sealed record ExportWindow(ExportKind Kind, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>A full export at <paramref name="exportTime"/>.</summary>
    public static ExportWindow Full(DateTimeOffset exportTime) => new(ExportKind.Full, exportTime, exportTime);

    /// <summary>An incremental export of [from, to).</summary>
    public static ExportWindow Incremental(DateTimeOffset from, DateTimeOffset to) => new(ExportKind.Incremental, from, to);

    /// <summary>How long the window is (zero for a full export).</summary>
    public TimeSpan Length => To - From;
}
