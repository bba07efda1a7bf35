using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Aws;

/// <summary>The two Athena calls the lake's apply chain makes, in the stack's workgroup. Errors are <see cref="AwsCallException"/>s.</summary>
public interface IAthenaQueries
{
    /// <summary>
    /// StartQueryExecution with <paramref name="clientRequestToken"/> (32–128 characters): the same token and query
    /// return the same QueryExecutionId, so a retry after a crash never runs the statement twice.
    /// </summary>
    Task<string> StartQueryAsync(string queryString, string clientRequestToken, CancellationToken cancellationToken);

    /// <summary>GetQueryExecution: the query's state and StateChangeReason.</summary>
    Task<AthenaQueryStatus> GetQueryAsync(string queryExecutionId, CancellationToken cancellationToken);
}
