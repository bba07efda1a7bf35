namespace IncrementalExport.Core.Lake.Athena;

/// <summary>Where one table's lake lives.</summary>
/// <param name="Table">The DynamoDB table.</param>
/// <param name="Database">The stack's Glue database.</param>
/// <param name="KeyNames">The table's key attributes, partition key first.</param>
/// <param name="ExportBucket">The bucket the exports are written to.</param>
/// <param name="ExportRoot">The key prefix of the table's exports, above epoch=&lt;n&gt;/ (no trailing '/').</param>
/// <param name="WarehouseRoot">The S3 URI the Iceberg tables are written under (no trailing '/').</param>
public sealed record LakeTable(string Table, string Database, IReadOnlyList<string> KeyNames, string ExportBucket, string ExportRoot, string WarehouseRoot);
