using IncrementalExport.Stack;

namespace IncrementalExport.Infra;

/// <summary>What the exporter component is built from.</summary>
/// <param name="Settings">The validated stack settings.</param>
/// <param name="CodePath">The folder holding the published Lambda (tests pass any folder; nothing is built here).</param>
internal sealed record ExporterArgs(StackSettings Settings, string CodePath);
