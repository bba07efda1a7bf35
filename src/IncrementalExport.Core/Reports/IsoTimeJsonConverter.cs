using System.Text.Json;
using System.Text.Json.Serialization;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Reports;

/// <summary>Times in reports: <see cref="TimeFormat.Iso"/> (UTC with Z), whatever offset the value carries.</summary>
internal sealed class IsoTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeFormat.ParseIso(reader.GetString() ?? throw new JsonException("a time must be a string"));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(TimeFormat.Iso(value));
    }
}
