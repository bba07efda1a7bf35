using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>Either valid stack settings or every problem found, each naming its incremental-export: key.</summary>
public sealed record StackConfigResult(StackSettings? Settings, IReadOnlyList<SettingsError> Errors)
{
    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0 && Settings is not null;

    /// <summary>The settings, or an <see cref="InvalidSettingsException"/> whose message lists every problem.</summary>
    public StackSettings GetOrThrow() => IsValid ? Settings! : throw new InvalidSettingsException(Errors);
}
