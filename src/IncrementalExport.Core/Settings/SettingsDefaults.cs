namespace IncrementalExport.Core.Settings;

/// <summary>
/// The defaults as the records declare them, so the reader fills absent keys and the writer omits
/// default values without restating any default.
/// </summary>
internal static class SettingsDefaults
{
    public static readonly ExportSettings Environment = new() { Bucket = "", StateTable = "", Tables = [] };

    public static readonly TableSettings Table = new("");
}
