using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncrementalExport.Core.Reports;

/// <summary>
/// The one JSON shape of reports, source-generated: the function's response and log lines and the CLI's --json all
/// serialize through it. camelCase names, enum names as strings (the AWS spelling for export format and view type),
/// times as <see cref="Model.TimeFormat.Iso"/>, members without a value left out. Written through
/// <see cref="ReportJson"/>, which adds the one encoder.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(IsoTimeJsonConverter)])]
[JsonSerializable(typeof(ActionReport))]
[JsonSerializable(typeof(TableReport))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
