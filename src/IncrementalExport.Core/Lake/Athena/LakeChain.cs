using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The apply chain's rules, pure: what a tick does next, and the state after each answer from Athena. Statements run
/// strictly one after the other; an apply is recorded (with its statements) before its first statement starts, and
/// every start uses a ClientRequestToken derived from the table, the epoch, the sequence range, the statement and the
/// attempt, so a start repeated after a crash returns the same query instead of running it twice.
/// </summary>
public static class LakeChain
{
    /// <summary>The deterministic ClientRequestToken (64 hex characters; Athena takes 32–128).</summary>
    public static string Token(string table, LakePendingApply pending, int attempt)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var exports = pending.Apply.Exports;
        var text = string.Join('\n', table, pending.Apply.After.Epoch.ToString(CultureInfo.InvariantCulture), exports[0].Sequence.ToString(CultureInfo.InvariantCulture),
            exports[^1].Sequence.ToString(CultureInfo.InvariantCulture), pending.Statement.ToString(CultureInfo.InvariantCulture), attempt.ToString(CultureInfo.InvariantCulture));

        // The typing query is statement 0 of its own step, so it must not share a token with the apply's first statement.
        text = pending.Typing ? text + "\ntyping" : text;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    /// <summary>
    /// True when <paramref name="state"/> has applied every export <paramref name="exports"/> has completed (same epoch,
    /// through its last sequence) and has nothing in progress: a tick then has nothing to do for it and need not read
    /// the table's history. False whenever it cannot tell, so the chain goes on as before.
    /// </summary>
    public static bool IsCurrent(LakeChainState state, TableState exports)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(exports);
        return state is { Pending: null, BlockedReason: null, Applied: { } applied }
            && exports.CompletedInEpoch > 0
            && applied.Epoch == exports.Epoch
            && applied.AppliedThrough == exports.CompletedInEpoch - 1;
    }

    /// <summary>What the tick does for a chain in <paramref name="state"/>.</summary>
    public static LakeChainAction Decide(LakeChainState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state switch
        {
            { BlockedReason: not null } => LakeChainAction.Blocked,
            { Pending: { Typed: true, QueryExecutionId: not null } } => LakeChainAction.ReadTyping,
            { Pending.QueryExecutionId: not null } => LakeChainAction.Follow,
            { RetryAt: { } at } when at > now => LakeChainAction.Wait,
            { Pending: not null } => LakeChainAction.Start,
            _ => LakeChainAction.Plan,
        };
    }

    /// <summary>
    /// The typing query of <paramref name="exports"/> recorded before it starts: the intent of the apply, whose
    /// statements are recorded once its answer is read (<see cref="Record"/>).
    /// </summary>
    public static LakeChainState RecordTyping(LakeChainState state, IReadOnlyList<(int Sequence, SourcePartition Partition)> exports, LakeStatements sql)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(exports);
        ArgumentNullException.ThrowIfNull(sql);
        var epoch = int.Parse(exports[0].Partition.Epoch, CultureInfo.InvariantCulture);
        var typing = new LakeApply(exports, [sql.Typing(exports)], new LakePosition(epoch, exports[^1].Sequence, []));
        return state with { Pending = new LakePendingApply(typing, 0, null) { Typing = true } };
    }

    /// <summary>The apply recorded before anything starts (compaction added on its cadence).</summary>
    public static LakeChainState Record(LakeChainState state, LakeApply apply, LakeStatements sql, LakeChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(options);
        var compact = state.AppliesSinceCompaction + 1 >= options.CompactEvery;
        var statements = compact ? [.. apply.Statements, sql.Optimize(apply.After.Epoch), sql.Vacuum(apply.After.Epoch)] : apply.Statements;
        return state with { Pending = new LakePendingApply(apply with { Statements = statements }, 0, null) };
    }

    /// <summary>StartQueryExecution answered with <paramref name="queryExecutionId"/>.</summary>
    public static LakeChainState Started(LakeChainState state, string queryExecutionId) =>
        state with { Pending = state.Pending! with { QueryExecutionId = queryExecutionId } };

    /// <summary>The state after GetQueryExecution said <paramref name="status"/>.</summary>
    public static LakeChainState Followed(LakeChainState state, AthenaQueryStatus status, DateTimeOffset now, LakeChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(status);
        var pending = state.Pending!;
        switch (status.State)
        {
            case AthenaQueryState.Succeeded when pending.Typing:
                return state with { Pending = pending with { Typed = true }, Failures = 0, RetryAt = null };
            case AthenaQueryState.Succeeded when pending.Statement + 1 < pending.Apply.Statements.Count:
                return state with { Pending = pending with { Statement = pending.Statement + 1, QueryExecutionId = null }, Failures = 0, RetryAt = null };
            case AthenaQueryState.Succeeded:
                var compacted = pending.Apply.Statements[^1].StartsWith("VACUUM ", StringComparison.Ordinal);
                return state with
                {
                    Applied = pending.Apply.After, Pending = null, Failures = 0, RetryAt = null,
                    AppliesSinceCompaction = compacted ? 0 : state.AppliesSinceCompaction + 1,
                };
            case AthenaQueryState.Failed or AthenaQueryState.Cancelled:
                return Failed(state, $"{status.State.ToString().ToUpperInvariant()}: {status.StateChangeReason ?? "(no reason given)"}", now, options);
            default:
                return state;
        }
    }

    /// <summary>A failed attempt (a FAILED or CANCELLED query, a start Athena refused, results it would not give): retry after a backoff, or Blocked.</summary>
    public static LakeChainState Failed(LakeChainState state, string error, DateTimeOffset now, LakeChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var failures = state.Failures + 1;
        var next = state with { Pending = state.Pending! with { QueryExecutionId = null, Typed = false }, Attempt = state.Attempt + 1, Failures = failures };
        var what = state.Pending.Typing ? "the typing query" : $"statement {state.Pending.Statement + 1}";
        return failures >= options.MaxFailures
            ? next with { BlockedReason = $"{what} of the apply of sequences {state.Pending.Apply.Exports[0].Sequence}–{state.Pending.Apply.Exports[^1].Sequence} failed {failures} times; last: {error}", RetryAt = null }
            : next with { RetryAt = now + options.Backoff(failures) };
    }

    /// <summary><c>resume</c>: a Blocked chain tries the same statement again (as a new query) at the next tick.</summary>
    public static LakeChainState Resume(LakeChainState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state with { BlockedReason = null, Failures = 0, RetryAt = null };
    }
}
