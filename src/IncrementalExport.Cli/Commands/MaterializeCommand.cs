using System.Globalization;
using Amazon.DynamoDBv2;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Model;
using IncrementalExport.Materialize;

namespace IncrementalExport.Cli.Commands;

/// <summary>materialize: a table's export chain (latest epoch) as a Parquet table under --out.</summary>
internal static class MaterializeCommand
{
    public const string Description =
        "Apply a table's export chain (full export, then each incremental export) into a Parquet table under --out/<table>/.";

    public static async Task ExecuteAsync(CommandContext c)
    {
        var table = c.Settings.ResolveTable(c.Table);
        if (table.Format == Core.Model.ExportFormat.Ion)
        {
            throw new LakeInputException(
                $"table '{table.Name}' exports ION; materialize reads DYNAMODB_JSON exports only (set its exportFormat to DYNAMODB_JSON and reset it).");
        }

        var history = await c.Engine.HistoryAsync(table.Name, c.CancellationToken);
        var fromDir = c.Parsed.FromDir;
        using var s3 = fromDir is null ? c.Services.S3ClientFactory() : null;
        IExportFiles files = s3 is null ? new DirectoryExportFiles(fromDir!) : new S3ExportFiles(s3);
        var result = await Materializer.RunAsync(
            table.Name, history, files, c.Parsed.Out!, ct => KeyNamesAsync(c.DynamoDb, table.Table, ct), c.CancellationToken);
        await c.Output.WriteLineAsync(Describe(result));
    }

    public static string Describe(MaterializeResult r)
    {
        var invariant = CultureInfo.InvariantCulture;
        var columns = string.Join(", ", r.Columns.Select(col => $"{col.Column} {Type(col)}").Append($"{ColumnSpec.ItemColumn} VARCHAR (the item as DynamoDB JSON)"));
        return $"""
            Materialized '{r.Table}': {r.Rows.ToString(invariant)} rows, current to {TimeFormat.Iso(r.CurrentTo)}
              from epoch {r.Epoch.ToString(invariant)}: {r.Exports.ToString(invariant)} exports (1 full, {(r.Exports - 1).ToString(invariant)} incremental), {r.Lines.ToString(invariant)} lines
              written to {Path.Combine(r.Folder, Materializer.DataFileName)}
              columns: {columns}
            """;
    }

    private static string Type(ColumnSpec column) => column.Kind switch
    {
        ColumnKind.Text => "VARCHAR",
        ColumnKind.BigInt => "BIGINT",
        ColumnKind.Numeric => $"DECIMAL(38,{column.Scale.ToString(CultureInfo.InvariantCulture)})",
        ColumnKind.NumberText => "VARCHAR (number text)",
        ColumnKind.Bool => "BOOLEAN",
        ColumnKind.Binary => "BLOB",
        _ => "JSON",
    } + (column.IsKey ? " (key)" : "");

    // The key schema orders the key columns; a source table that is gone (or not readable) leaves the lines' Keys.
    private static async Task<IReadOnlyList<string>?> KeyNamesAsync(IAmazonDynamoDB dynamoDb, string table, CancellationToken cancellationToken)
    {
        try
        {
            return await new DynamoDbExportApi(dynamoDb).GetKeyNamesAsync(table, cancellationToken);
        }
        catch (AwsCallException e) when (e.ErrorCode is "ResourceNotFoundException" or "AccessDeniedException")
        {
            return null;
        }
    }
}
