using FsCheck.Xunit;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Tests.Settings;

public sealed class SettingsRoundTripProperties
{
    [Property(Arbitrary = [typeof(ValidSettingsArbitrary)], MaxTest = 300)]
    public bool Parse_WhenGivenSerializedValidSettings_ShouldReturnEqualSettings(ExportSettings settings)
    {
        var result = SettingsJson.Parse(SettingsJson.Serialize(settings));

        return result.IsValid && ExportSettingsComparer.Instance.Equals(settings, result.Settings);
    }

    [Property(Arbitrary = [typeof(ValidSettingsArbitrary)], MaxTest = 300)]
    public bool Serialize_WhenGivenParsedSettings_ShouldWriteTheSameDocument(ExportSettings settings)
    {
        var json = SettingsJson.Serialize(settings);

        return SettingsJson.Serialize(SettingsJson.Parse(json).GetOrThrow()) == json;
    }

    [Property(Arbitrary = [typeof(ValidSettingsArbitrary)], MaxTest = 300)]
    public bool Parse_WhenGivenSerializedSettings_ShouldReadStartTimesAsUtc(ExportSettings settings)
    {
        var parsed = SettingsJson.Parse(SettingsJson.Serialize(settings)).GetOrThrow();

        return parsed.Tables.All(t => t.StartTime is null || t.StartTime.Value.Offset == TimeSpan.Zero);
    }
}
