namespace IncrementalExport.Emulator.ControlPlane;

/// <summary>IncrementalExportSpecification: [From, To) and the view type.</summary>
public sealed record IncrementalExportWindow(DateTimeOffset From, DateTimeOffset To, string ViewType);
