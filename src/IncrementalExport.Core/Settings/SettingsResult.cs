namespace IncrementalExport.Core.Settings;

/// <summary>Either valid settings or every problem found (never only the first).</summary>
public sealed record SettingsResult(ExportSettings? Settings, IReadOnlyList<SettingsError> Errors)
{
    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0 && Settings is not null;

    /// <summary>The settings, or an <see cref="InvalidSettingsException"/> naming every problem.</summary>
    public ExportSettings GetOrThrow() => IsValid ? Settings! : throw new InvalidSettingsException(Errors);
}
