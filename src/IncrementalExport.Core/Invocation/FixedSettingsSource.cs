using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>Settings read once (a document in the environment, or tests).</summary>
public sealed class FixedSettingsSource(ExportSettings settings) : ISettingsSource
{
    /// <inheritdoc />
    public Task<ExportSettings> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(settings);
}
