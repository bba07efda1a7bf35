using DuckDB.NET.Data;
using IncrementalExport.Core.Lake;

namespace IncrementalExport.Materialize;

/// <summary>
/// The apply on DuckDB (embedded, in memory): the checked lines go into a lines table, <see cref="ApplySql"/>'s
/// statements pick the current items, the columns are typed from them, and one Parquet file is written.
/// </summary>
internal sealed class DuckDbApplier : IDisposable
{
    private const string LinesTable = "export_lines";
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly ApplySql _sql = new(new DuckDbDialect());
    private DuckDBAppender? _appender;

    public DuckDbApplier()
    {
        _connection.Open();
        Execute($"CREATE TABLE {LinesTable} (seq INTEGER, line_no BIGINT, line VARCHAR)");
        _appender = _connection.CreateAppender(LinesTable);
    }

    public void Add(int seq, long lineNumber, string line) =>
        _appender!.CreateRow().AppendValue(seq).AppendValue(lineNumber).AppendValue(line).EndRow();

    /// <summary>Applies the lines and writes the table to <paramref name="parquetPath"/>; returns the rows and columns.</summary>
    public (long Rows, IReadOnlyList<ColumnSpec> Columns) WriteTable(IReadOnlyList<string> keyNames, string parquetPath)
    {
        _appender?.Dispose();
        _appender = null;
        Execute($"CREATE TABLE latest AS {_sql.LatestImages(LinesTable, keyNames)}");

        var stats = new AttributeStats();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT CAST(image AS VARCHAR) FROM latest";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stats.Add(reader.GetString(0));
            }
        }

        var columns = ColumnTyping.Infer(stats, keyNames);
        var path = SqlText.Literal(parquetPath);
        Execute($"COPY (SELECT {_sql.Columns(columns)} FROM latest ORDER BY {_sql.OrderBy(columns)}) TO {path} (FORMAT parquet)");
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM latest";
        return (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), columns);
    }

    public void Dispose()
    {
        _appender?.Dispose();
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
