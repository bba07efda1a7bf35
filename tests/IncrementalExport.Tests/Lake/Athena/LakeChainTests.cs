using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>The apply chain's pure rules: intent, start, follow, retries with backoff, Blocked, resume, tokens.</summary>
public sealed class LakeChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly LakeTable Table = new("orders", "db", ["pk"], "b", "x/orders", "s3://b/w");
    private static readonly LakeChainOptions Options = new(MaxFailures: 3, FirstBackoff: TimeSpan.FromMinutes(2), CompactEvery: 2);

    [Fact]
    public void Decide_ShouldFollowTheStateInOrder()
    {
        var pending = Pending();

        Assert.Equal(LakeChainAction.Plan, LakeChain.Decide(LakeChainState.Empty, Now));
        Assert.Equal(LakeChainAction.Start, LakeChain.Decide(pending, Now));
        Assert.Equal(LakeChainAction.Follow, LakeChain.Decide(LakeChain.Started(pending, "q1"), Now));
        Assert.Equal(LakeChainAction.Wait, LakeChain.Decide(pending with { RetryAt = Now.AddSeconds(1) }, Now));
        Assert.Equal(LakeChainAction.Blocked, LakeChain.Decide(pending with { BlockedReason = "x" }, Now));
    }

    [Fact]
    public void Followed_WhenEachStatementSucceeds_ShouldRunTheNextThenMoveTheWatermark()
    {
        var state = LakeChain.Started(Pending(statements: 2), "q1");

        state = LakeChain.Followed(state, new AthenaQueryStatus("q1", AthenaQueryState.Running, null), Now, Options);
        Assert.Equal((0, "q1"), (state.Pending!.Statement, state.Pending.QueryExecutionId));
        state = LakeChain.Followed(state, new AthenaQueryStatus("q1", AthenaQueryState.Succeeded, null), Now, Options);
        Assert.Equal((1, null), (state.Pending!.Statement, state.Pending.QueryExecutionId));
        Assert.Null(state.Applied);
        state = LakeChain.Followed(LakeChain.Started(state, "q2"), new AthenaQueryStatus("q2", AthenaQueryState.Succeeded, null), Now, Options);

        Assert.Equal((4, (LakePendingApply?)null, 1), (state.Applied!.AppliedThrough, state.Pending, state.AppliesSinceCompaction));
    }

    [Fact]
    public void Followed_WhenAStatementKeepsFailing_ShouldBackOffThenBlockWithTheAthenaError()
    {
        var state = LakeChain.Started(Pending(), "q1");
        state = LakeChain.Followed(state, new AthenaQueryStatus("q1", AthenaQueryState.Failed, "SYNTAX_ERROR: line 1"), Now, Options);
        Assert.Equal((1, 1, Now.AddMinutes(2), (string?)null), (state.Failures, state.Attempt, state.RetryAt, state.Pending!.QueryExecutionId));
        state = LakeChain.Followed(LakeChain.Started(state, "q2"), new AthenaQueryStatus("q2", AthenaQueryState.Cancelled, "Bytes scanned limit was exceeded"), Now, Options);
        Assert.Equal(Now.AddMinutes(4), state.RetryAt);
        state = LakeChain.Followed(LakeChain.Started(state, "q3"), new AthenaQueryStatus("q3", AthenaQueryState.Failed, "SYNTAX_ERROR: line 1"), Now, Options);

        Assert.Equal(LakeChainAction.Blocked, LakeChain.Decide(state, Now.AddDays(1)));
        Assert.Contains("failed 3 times; last: FAILED: SYNTAX_ERROR: line 1", state.BlockedReason, StringComparison.Ordinal);
        var resumed = LakeChain.Resume(state);
        Assert.Equal((LakeChainAction.Start, 0, 3), (LakeChain.Decide(resumed, Now), resumed.Failures, resumed.Attempt));
    }

    [Fact]
    public void Token_ShouldBeStableForAnAttemptAndNewForTheNext()
    {
        var pending = Pending().Pending!;

        var token = LakeChain.Token("orders", pending, 0);

        Assert.Equal(token, LakeChain.Token("orders", pending, 0));
        Assert.InRange(token.Length, 32, 128);
        Assert.NotEqual(token, LakeChain.Token("orders", pending, 1));
        Assert.NotEqual(token, LakeChain.Token("orders", pending with { Statement = 1 }, 0));
        Assert.NotEqual(token, LakeChain.Token("orders2", pending, 0));
    }

    [Fact]
    public void Record_OnTheCompactionCadence_ShouldEndWithOptimizeThenVacuum()
    {
        var apply = Pending().Pending!.Apply;
        var sql = new LakeStatements(Table);

        var first = LakeChain.Record(LakeChainState.Empty, apply, sql, Options).Pending!.Apply.Statements;
        var second = LakeChain.Record(LakeChainState.Empty with { AppliesSinceCompaction = 1 }, apply, sql, Options).Pending!.Apply.Statements;

        Assert.Equal(apply.Statements, first);
        Assert.Equal([.. apply.Statements, sql.Optimize(1), sql.Vacuum(1)], second);
    }

    private static LakeChainState Pending(int statements = 1)
    {
        var exports = new List<(int, SourcePartition)> { (3, new SourcePartition("1", "w3", "e3")), (4, new SourcePartition("1", "w4", "e4")) };
        var apply = new LakeApply(exports, Enumerable.Range(0, statements).Select(i => $"MERGE {i}").ToList(), new LakePosition(1, 4, []));
        return LakeChainState.Empty with { Pending = new LakePendingApply(apply, 0, null) };
    }
}
