using System.Text.Json;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Settings;

/// <summary>
/// Writes the settings document compactly: keys holding their default are left out (the Lambda
/// environment holds 4 KB in all), except the keys that have no default.
/// </summary>
internal static class SettingsWriter
{
    public static string Write(ExportSettings settings)
    {
        var defaults = SettingsDefaults.Environment;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(SettingsKeys.Bucket, settings.Bucket);
            WriteIfSet(writer, SettingsKeys.BucketOwner, settings.BucketOwner, defaults.BucketOwner);
            WriteIfSet(writer, SettingsKeys.Prefix, settings.Prefix, defaults.Prefix);
            WriteIfSet(writer, SettingsKeys.KmsKeyArn, settings.KmsKeyArn, defaults.KmsKeyArn);
            writer.WriteString(SettingsKeys.StateTable, settings.StateTable);
            WriteIfSet(writer, SettingsKeys.WindowMinutes, settings.WindowMinutes, defaults.WindowMinutes);
            if (settings.AlignWindows != defaults.AlignWindows)
            {
                writer.WriteBoolean(SettingsKeys.AlignWindows, settings.AlignWindows);
            }

            WriteIfSet(writer, SettingsKeys.MaxCatchUpMinutes, settings.MaxCatchUpMinutes, defaults.MaxCatchUpMinutes);
            WriteIfSet(writer, SettingsKeys.SafetyMarginSeconds, settings.SafetyMarginSeconds, defaults.SafetyMarginSeconds);
            WriteIfSet(writer, SettingsKeys.MaxExportsInFlight, settings.MaxExportsInFlight, defaults.MaxExportsInFlight);
            WriteIfSet(writer, SettingsKeys.MaxConsecutiveFailures, settings.MaxConsecutiveFailures, defaults.MaxConsecutiveFailures);
            WriteIfSet(writer, SettingsKeys.OnPitrGap, settings.OnPitrGap, defaults.OnPitrGap, SettingsSpellings.PitrGap);
            WriteIfSet(writer, SettingsKeys.Parallelism, settings.Parallelism, defaults.Parallelism);
            writer.WriteStartArray(SettingsKeys.Tables);
            foreach (var table in settings.Tables)
            {
                WriteTable(writer, table);
            }

            writer.WriteEndArray();
            if (settings.DataLake is { } lake)
            {
                writer.WriteStartObject(SettingsKeys.DataLake);
                writer.WriteString(SettingsKeys.Database, lake.Database);
                writer.WriteString(SettingsKeys.WorkGroup, lake.WorkGroup);
                writer.WriteNumber(SettingsKeys.ApplyEveryMinutes, lake.ApplyEveryMinutes);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(Utf8JsonWriter writer, TableSettings table)
    {
        var defaults = SettingsDefaults.Table;
        writer.WriteStartObject();
        writer.WriteString(SettingsKeys.Table, table.Table);
        WriteIfSet(writer, SettingsKeys.Prefix, table.Prefix, defaults.Prefix);
        WriteIfSet(writer, SettingsKeys.ViewType, table.ViewType, defaults.ViewType, SettingsSpellings.ViewType);
        WriteIfSet(writer, SettingsKeys.ExportFormat, table.Format, defaults.Format, SettingsSpellings.Format);
        if (table.StartTime is { } start)
        {
            writer.WriteString(SettingsKeys.StartTime, TimeFormat.Iso(start));
        }

        WriteIfSet(writer, SettingsKeys.WindowMinutes, table.WindowMinutes);
        if (table.AdaptiveWindows)
        {
            writer.WriteBoolean(SettingsKeys.AdaptiveWindows, true);
        }

        WriteIfSet(writer, SettingsKeys.FreshnessLimitMinutes, table.FreshnessLimitMinutes);

        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string key, string? value, string? defaultValue)
    {
        if (value is not null && !string.Equals(value, defaultValue, StringComparison.Ordinal))
        {
            writer.WriteString(key, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string key, int? value)
    {
        if (value is { } set)
        {
            writer.WriteNumber(key, set);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string key, int value, int defaultValue)
    {
        if (value != defaultValue)
        {
            writer.WriteNumber(key, value);
        }
    }

    private static void WriteIfSet<T>(Utf8JsonWriter writer, string key, T value, T defaultValue, EnumSpelling<T> spelling)
        where T : struct, Enum
    {
        if (!value.Equals(defaultValue))
        {
            writer.WriteString(key, spelling.NameOf(value));
        }
    }
}
