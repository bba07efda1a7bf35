using System.Text.Json;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Settings;

/// <summary>
/// Turns the settings document into <see cref="ExportSettings"/>: JSON types, required and unknown keys,
/// enum spellings and timestamp format. Value rules (ranges, names, duplicates) are the validator's.
/// </summary>
internal static class SettingsDocumentReader
{
    /// <summary>The settings the document describes; absent or unreadable values hold defaults or placeholders.</summary>
    public static ExportSettings Read(JsonElement root, List<SettingsError> errors)
    {
        var defaults = SettingsDefaults.Environment;
        var reader = JsonObjectReader.Open(root, "", errors);
        if (reader is null)
        {
            return defaults;
        }

        var settings = new ExportSettings
        {
            Bucket = reader.String(SettingsKeys.Bucket, required: true) ?? defaults.Bucket,
            BucketOwner = reader.String(SettingsKeys.BucketOwner, nullMeansAbsent: true),
            Prefix = reader.String(SettingsKeys.Prefix) ?? defaults.Prefix,
            KmsKeyArn = reader.String(SettingsKeys.KmsKeyArn, nullMeansAbsent: true),
            StateTable = reader.String(SettingsKeys.StateTable, required: true) ?? defaults.StateTable,
            WindowMinutes = reader.Int(SettingsKeys.WindowMinutes, SettingsValidator.RangeText(SettingsValidator.MinWindowMinutes, SettingsValidator.MaxWindowMinutes)) ?? defaults.WindowMinutes,
            AlignWindows = reader.Bool(SettingsKeys.AlignWindows) ?? defaults.AlignWindows,
            MaxCatchUpMinutes = reader.Int(SettingsKeys.MaxCatchUpMinutes, $"{SettingsKeys.WindowMinutes} to {SettingsValidator.MaxWindowMinutes}") ?? defaults.MaxCatchUpMinutes,
            SafetyMarginSeconds = reader.Int(SettingsKeys.SafetyMarginSeconds, SettingsValidator.RangeText(0, SettingsValidator.MaxSafetyMarginSeconds)) ?? defaults.SafetyMarginSeconds,
            MaxExportsInFlight = reader.Int(SettingsKeys.MaxExportsInFlight, SettingsValidator.RangeText(1, SettingsValidator.AccountExportLimit)) ?? defaults.MaxExportsInFlight,
            MaxConsecutiveFailures = reader.Int(SettingsKeys.MaxConsecutiveFailures, SettingsValidator.RangeText(1, SettingsValidator.MaxFailureLimit)) ?? defaults.MaxConsecutiveFailures,
            OnPitrGap = reader.Enum(SettingsKeys.OnPitrGap, SettingsSpellings.PitrGap) ?? defaults.OnPitrGap,
            Parallelism = reader.Int(SettingsKeys.Parallelism, SettingsValidator.RangeText(1, SettingsValidator.MaxParallelism)) ?? defaults.Parallelism,
            Tables = ReadTables(reader.Array(SettingsKeys.Tables, required: true) ?? [], errors),
            DataLake = reader.Value(SettingsKeys.DataLake, nullMeansAbsent: true) is { } lake ? ReadLake(lake, errors) : null,
        };
        reader.Finish();
        return settings;
    }

    // An entry that is not an object keeps its slot (as a blank placeholder) so later entries keep their index in messages.
    private static List<TableSettings> ReadTables(IReadOnlyList<JsonElement> entries, List<SettingsError> errors) =>
        entries.Select((entry, index) => ReadTable(entry, SettingsKeys.TableAt(index), errors)).ToList();

    private static TableSettings ReadTable(JsonElement entry, string path, List<SettingsError> errors)
    {
        var defaults = SettingsDefaults.Table;
        var reader = JsonObjectReader.Open(entry, path, errors);
        if (reader is null)
        {
            return defaults;
        }

        var table = new TableSettings(
            reader.String(SettingsKeys.Table, required: true) ?? defaults.Table,
            reader.String(SettingsKeys.Prefix, nullMeansAbsent: true),
            reader.Enum(SettingsKeys.ViewType, SettingsSpellings.ViewType) ?? defaults.ViewType,
            reader.Enum(SettingsKeys.ExportFormat, SettingsSpellings.Format) ?? defaults.Format,
            ReadTime(reader, SettingsKeys.StartTime),
            reader.Int(SettingsKeys.WindowMinutes, SettingsValidator.RangeText(SettingsValidator.MinWindowMinutes, SettingsValidator.MaxWindowMinutes)),
            reader.Bool(SettingsKeys.AdaptiveWindows) ?? defaults.AdaptiveWindows,
            reader.Int(SettingsKeys.FreshnessLimitMinutes, $"{SettingsKeys.WindowMinutes} to {SettingsValidator.MaxWindowMinutes}"));
        reader.Finish();
        return table;
    }

    private static LakeSettings? ReadLake(JsonElement element, List<SettingsError> errors)
    {
        var reader = JsonObjectReader.Open(element, SettingsKeys.DataLake, errors);
        if (reader is null)
        {
            return null;
        }

        var lake = new LakeSettings(
            reader.String(SettingsKeys.Database, required: true) ?? "",
            reader.String(SettingsKeys.WorkGroup, required: true) ?? "",
            reader.Int(SettingsKeys.ApplyEveryMinutes, SettingsValidator.RangeText(SettingsValidator.MinWindowMinutes, SettingsValidator.MaxWindowMinutes)) ?? LakeSettings.DefaultApplyEveryMinutes);
        reader.Finish();
        return lake;
    }

    private static DateTimeOffset? ReadTime(JsonObjectReader reader, string key)
    {
        var text = reader.String(key, nullMeansAbsent: true);
        if (text is null)
        {
            return null;
        }

        var value = IsoTimestamp.Parse(text, out var problem);
        if (problem is not null)
        {
            reader.Report(key, problem);
        }

        return value;
    }
}
