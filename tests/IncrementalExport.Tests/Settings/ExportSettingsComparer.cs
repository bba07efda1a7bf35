using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

/// <summary>
/// Value equality for settings: the record's own equality compares <see cref="ExportSettings.Tables"/>
/// by reference, so two parses of one document would differ.
/// </summary>
internal sealed class ExportSettingsComparer : IEqualityComparer<ExportSettings>
{
    public static readonly ExportSettingsComparer Instance = new();

    private static readonly TableSettings[] NoTables = [];

    public bool Equals(ExportSettings? x, ExportSettings? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null && WithoutTables(x) == WithoutTables(y) && x.Tables.SequenceEqual(y.Tables));

    public int GetHashCode(ExportSettings obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return HashCode.Combine(WithoutTables(obj), obj.Tables.Count);
    }

    // Every other member keeps taking part in equality as the record grows.
    private static ExportSettings WithoutTables(ExportSettings settings) => settings with { Tables = NoTables };
}
