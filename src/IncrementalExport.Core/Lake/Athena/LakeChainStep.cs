using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// One tick of a table's apply chain, after the export step: at most one Athena call (a typing answer of more than
/// 1,000 rows takes one call per page), and the state saved after each change, intent first: the typing query is
/// saved before it starts, the apply with its statements before its first statement starts. A crash between any two
/// of these leaves a state the next tick continues from: a repeated start has the same token, so the same query.
/// </summary>
/// <param name="athena">The Athena adapter.</param>
/// <param name="options">Merge size, retries, compaction cadence.</param>
public sealed class LakeChainStep(IAthenaQueries athena, LakeChainOptions options)
{
    /// <summary>Advances the chain of <paramref name="table"/> by one step towards <paramref name="plan"/>; returns the saved state.</summary>
    public async Task<LakeChainState> TickAsync(
        LakeTable table, LakeChainState state, ApplyPlan plan, DateTimeOffset now, Func<LakeChainState, CancellationToken, Task> save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(save);
        LakeChainState next;
        switch (LakeChain.Decide(state, now))
        {
            case LakeChainAction.Plan:
                var exports = LakeApplyPlanner.Next(table, plan, state.Applied, options.MaxExports);
                if (exports.Count == 0)
                {
                    return state;
                }

                next = LakeChain.RecordTyping(state, exports, new LakeStatements(table));
                break;
            case LakeChainAction.Start:
                next = await StartAsync(table, state, now, cancellationToken);
                break;
            case LakeChainAction.Follow:
                var status = await athena.GetQueryAsync(state.Pending!.QueryExecutionId!, cancellationToken);
                next = LakeChain.Followed(state, status, now, options);
                break;
            case LakeChainAction.ReadTyping:
                next = await ReadTypingAsync(table, state, now, cancellationToken);
                break;
            default:
                return state;
        }

        if (next != state)
        {
            await save(next, cancellationToken);
        }

        return next;
    }

    private async Task<LakeChainState> StartAsync(LakeTable table, LakeChainState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = state.Pending!;
        try
        {
            var id = await athena.StartQueryAsync(pending.Apply.Statements[pending.Statement], LakeChain.Token(table.Table, pending, state.Attempt), cancellationToken);
            return LakeChain.Started(state, id);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.Permanent)
        {
            // Athena refused the statement itself (e.g. InvalidRequestException): a failed attempt like a FAILED query.
            return LakeChain.Failed(state, $"{e.ErrorCode}: {e.Message}", now, options);
        }
    }

    // The typing query's answer types the new columns; the apply is recorded with its statements in one save.
    private async Task<LakeChainState> ReadTypingAsync(LakeTable table, LakeChainState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = state.Pending!;
        var rows = new List<IReadOnlyList<string?>>();
        string? token = null;
        try
        {
            do
            {
                var page = await athena.GetResultsAsync(pending.QueryExecutionId!, token, cancellationToken);
                rows.AddRange(page.Rows);
                token = page.NextToken;
            }
            while (token is not null);
        }
        catch (AwsCallException e) when (e.Kind == AwsErrorKind.Permanent)
        {
            // E.g. the results are gone: the typing query runs again as a new attempt.
            return LakeChain.Failed(state, $"{e.ErrorCode}: {e.Message}", now, options);
        }

        var exports = pending.Apply.Exports;
        var apply = LakeApplyPlanner.Statements(table, pending.Apply.After.Epoch, state.Applied, exports, LakeTyping.Stats(rows));
        return LakeChain.Record(state, apply, new LakeStatements(table), options);
    }
}
