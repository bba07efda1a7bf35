namespace IncrementalExport.Core.Settings;

/// <summary>One problem in a settings document: the key's path (e.g. "tables[2].viewType") and what is wrong.</summary>
public sealed record SettingsError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
