using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Aws;

/// <summary>The three Athena calls the lake's apply chain makes, in the stack's workgroup. Errors are <see cref="AwsCallException"/>s.</summary>
public interface IAthenaQueries
{
    /// <summary>
    /// StartQueryExecution with <paramref name="clientRequestToken"/> (32–128 characters): the same token and query
    /// return the same QueryExecutionId, so a retry after a crash never runs the statement twice.
    /// </summary>
    Task<string> StartQueryAsync(string queryString, string clientRequestToken, CancellationToken cancellationToken);

    /// <summary>GetQueryExecution: the query's state and StateChangeReason.</summary>
    Task<AthenaQueryStatus> GetQueryAsync(string queryExecutionId, CancellationToken cancellationToken);

    /// <summary>
    /// GetQueryResults of a SUCCEEDED query: one page of at most 1,000 rows from <paramref name="nextToken"/> (null: the
    /// first page, which starts with the header row).
    /// </summary>
    Task<AthenaResultPage> GetResultsAsync(string queryExecutionId, string? nextToken, CancellationToken cancellationToken);
}
