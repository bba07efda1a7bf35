namespace IncrementalExport.Core.Model;

/// <summary>One page of GetQueryResults: the rows as text (a SELECT's first page starts with the header row).</summary>
/// <param name="Rows">Each row's values (ResultSet.Rows[].Data[].VarCharValue); null where Athena sends no value (SQL NULL).</param>
/// <param name="NextToken">Where the next page starts; null on the last page.</param>
public sealed record AthenaResultPage(IReadOnlyList<IReadOnlyList<string?>> Rows, string? NextToken);
