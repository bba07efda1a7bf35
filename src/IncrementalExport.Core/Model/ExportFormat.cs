namespace IncrementalExport.Core.Model;

/// <summary>The two formats DynamoDB exports can write; there is no CSV or Parquet export.</summary>
public enum ExportFormat
{
    /// <summary>DYNAMODB_JSON, the default.</summary>
    DynamoDbJson,

    /// <summary>ION.</summary>
    Ion,
}
