namespace IncrementalExport.Core.Settings;

/// <summary>The one JSON document of an environment's settings (Lambda environment, CLI --settings file).</summary>
public static class SettingsJson
{
    /// <summary>Parses and validates a settings document, collecting every problem.</summary>
    public static SettingsResult Parse(string json) => throw new NotImplementedException("settings helper");

    /// <summary>Serializes settings to the document <see cref="Parse"/> reads back to equal settings.</summary>
    public static string Serialize(ExportSettings settings) => throw new NotImplementedException("settings helper");
}
