using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>The settings an invocation runs with, asked for once per invocation.</summary>
public interface ISettingsSource
{
    /// <summary>The settings as they are now; throws <see cref="InvalidSettingsException"/> naming every problem.</summary>
    Task<ExportSettings> CurrentAsync(CancellationToken cancellationToken);
}
