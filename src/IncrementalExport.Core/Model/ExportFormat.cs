using System.Text.Json.Serialization;

namespace IncrementalExport.Core.Model;

/// <summary>
/// The two formats DynamoDB exports can write; there is no CSV or Parquet export. Each is spelled as AWS spells it,
/// in the settings and in reports alike.
/// </summary>
public enum ExportFormat
{
    /// <summary>DYNAMODB_JSON, the default.</summary>
    [JsonStringEnumMemberName("DYNAMODB_JSON")]
    DynamoDbJson,

    /// <summary>ION.</summary>
    [JsonStringEnumMemberName("ION")]
    Ion,
}
