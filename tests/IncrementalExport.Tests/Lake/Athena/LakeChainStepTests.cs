using Amazon;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Lake.Athena;
using IncrementalExport.Emulator.Athena;

namespace IncrementalExport.Tests.Lake.Athena;

/// <summary>The step's handling of Athena's answers to a start: a transient error changes nothing, a refusal is a failed attempt.</summary>
public sealed class LakeChainStepTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly LakeTable Table = new("orders", "db", ["pk"], "b", "x/orders", "s3://b/w");
    private readonly List<LakeChainState> _saved = [];
    private FakeAthenaServer? _server;

    // The typing query's answer: 1,500 attributes, so reading it takes two pages.
    private static readonly List<IReadOnlyList<string?>> Typing =
        [LakeTyping.Columns, .. Enumerable.Range(0, 1500).Select(i => (IReadOnlyList<string?>)[$"a{i:D4}", i % 2 == 0 ? "S" : "N", null, null, null, null])];

    public async Task InitializeAsync() => _server = await FakeAthenaServer.StartAsync(
        ["lake"], sql => sql.StartsWith("SELECT attribute", StringComparison.Ordinal) ? FakeQueryOutcome.Selected(Typing) : FakeQueryOutcome.Succeeded);

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task Start_WhenAthenaIsThrottling_ShouldSaveNothingAndLetTheNextTickRetry()
    {
        _server!.FailNextCalls.Enqueue("TooManyRequestsException");

        var error = await Assert.ThrowsAsync<AwsCallException>(() => TickAsync(Pending("SELECT 1")));

        Assert.Equal(AwsErrorKind.Transient, error.Kind);
        Assert.Empty(_saved);
    }

    [Fact]
    public async Task Start_WhenAthenaRefusesTheStatement_ShouldSaveAFailedAttemptWithItsError()
    {
        var next = await TickAsync(Pending(new string('x', 262_145)));

        Assert.Equal((1, 1, Now.AddMinutes(5)), (next.Failures, next.Attempt, next.RetryAt));
        Assert.Equal(next, Assert.Single(_saved));
    }

    [Fact]
    public async Task Start_ThenFollow_ShouldSaveTheQueryThenMoveTheWatermark()
    {
        _server!.Queries.PollsBeforeDone = 0;

        var started = await TickAsync(Pending("SELECT 1"));
        var done = await TickAsync(started);

        Assert.NotNull(started.Pending!.QueryExecutionId);
        Assert.Equal((4, (LakePendingApply?)null), (done.Applied!.AppliedThrough, done.Pending));
        Assert.Equal([started, done], _saved);
    }

    [Fact]
    public async Task Typing_ThenItsResults_ShouldRecordTheApplyWithTheColumnsEveryPageOfTheAnswerTypes()
    {
        _server!.Queries.PollsBeforeDone = 0;
        var typing = Pending(new LakeStatements(Table).Typing([(4, new SourcePartition("1", "w4", "e4"))])) with { };
        typing = typing with { Pending = typing.Pending! with { Typing = true } };

        var started = await TickAsync(typing);
        var typed = await TickAsync(started);
        var recorded = await TickAsync(typed);

        Assert.Equal((true, false), (started.Pending!.QueryExecutionId is not null, started.Pending.Typed));
        Assert.True(typed.Pending!.Typed);
        Assert.False(recorded.Pending!.Typing);
        Assert.Null(recorded.Pending.QueryExecutionId);
        var columns = recorded.Pending.Apply.After.Columns;
        Assert.Equal(1500, columns.Count);
        Assert.Equal((ColumnKind.Text, ColumnKind.BigInt), (columns.Single(c => c.Attribute == "a0000").Kind, columns.Single(c => c.Attribute == "a1499").Kind));
        Assert.StartsWith("ALTER TABLE `db`.`orders__e1` ADD COLUMNS (`a0000` string", recorded.Pending.Apply.Statements[0], StringComparison.Ordinal);
        Assert.NotEqual(LakeChain.Token("orders", typing.Pending!, 0), LakeChain.Token("orders", recorded.Pending, 0));
    }

    [Fact]
    public async Task ReadTyping_WhenTheQueryIsUnknownToAthena_ShouldFailTheAttemptSoTheTypingQueryRunsAgain()
    {
        var typed = Pending("SELECT 1");
        typed = typed with { Pending = typed.Pending! with { Typing = true, Typed = true, QueryExecutionId = "gone" } };

        var next = await TickAsync(typed);

        Assert.Equal((1, false, (string?)null), (next.Failures, next.Pending!.Typed, next.Pending.QueryExecutionId));
        Assert.True(next.Pending.Typing);
    }

    private Task<LakeChainState> TickAsync(LakeChainState state)
    {
        var api = AthenaJsonApi.Create("lake", new Uri(_server!.ServiceUrl), RegionEndpoint.USEast1, () => new BasicAWSCredentials("AKID", "secret"));
        var step = new LakeChainStep(api, new LakeChainOptions());
        var plan = new ApplyPlan("orders", 1, []);
        return step.TickAsync(Table, state, plan, Now, (s, _) =>
        {
            _saved.Add(s);
            return Task.CompletedTask;
        }, CancellationToken.None);
    }

    private static LakeChainState Pending(string sql)
    {
        var apply = new LakeApply([(4, new SourcePartition("1", "w4", "e4"))], [sql], new LakePosition(1, 4, []));
        return LakeChainState.Empty with { Pending = new LakePendingApply(apply, 0, null) };
    }
}
