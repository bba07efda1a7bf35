using Amazon;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Model;
using IncrementalExport.Emulator.Athena;

namespace IncrementalExport.Tests.Aws;

/// <summary>The Athena adapter, signed with SigV4, against the fake Athena query API over HTTP.</summary>
public sealed class AthenaJsonApiTests : IAsyncLifetime
{
    private const string Token = "lake-orders-e1-s1-s2-0000000000000000";
    private readonly Dictionary<string, FakeQueryOutcome> _outcomes = new(StringComparer.Ordinal);
    private FakeAthenaServer? _server;

    private FakeAthenaServer Server => _server!;

    public async Task InitializeAsync() =>
        _server = await FakeAthenaServer.StartAsync(["lake-wg"], q => _outcomes.GetValueOrDefault(q, FakeQueryOutcome.Succeeded));

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task Query_ShouldGoQueuedRunningThenSucceeded()
    {
        var api = Api();
        var id = await api.StartQueryAsync("SELECT 1", Token, CancellationToken.None);

        var states = new List<AthenaQueryState>();
        for (var i = 0; i < 3; i++)
        {
            states.Add((await api.GetQueryAsync(id, CancellationToken.None)).State);
        }

        Assert.Equal([AthenaQueryState.Queued, AthenaQueryState.Running, AthenaQueryState.Succeeded], states);
        Assert.Equal(["SELECT 1"], Server.Queries.Ran);
    }

    [Fact]
    public async Task Start_WithTheSameToken_ShouldReturnTheSameQueryAndRunItOnce()
    {
        var api = Api();
        Server.Queries.PollsBeforeDone = 0;

        var first = await api.StartQueryAsync("MERGE 1", Token, CancellationToken.None);
        await api.GetQueryAsync(first, CancellationToken.None);
        var again = await api.StartQueryAsync("MERGE 1", Token, CancellationToken.None);
        await api.GetQueryAsync(again, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Single(Server.Queries.Ran);
    }

    [Theory]
    [InlineData("MERGE 2", Token, "Idempotent parameters do not match")]
    [InlineData("", Token, "QueryString")]
    [InlineData("SELECT 1", "too-short", "ClientRequestToken")]
    public async Task Start_WithBadInput_ShouldBeAPermanentInvalidRequest(string query, string token, string says)
    {
        var api = Api();
        await api.StartQueryAsync("MERGE 1", Token, CancellationToken.None);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => api.StartQueryAsync(query, token, CancellationToken.None));

        Assert.Equal(("InvalidRequestException", AwsErrorKind.Permanent), (error.ErrorCode, error.Kind));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InAnUnknownWorkGroup_ShouldSayWhich()
    {
        var error = await Assert.ThrowsAsync<AwsCallException>(() => Api("other-wg").StartQueryAsync("SELECT 1", Token, CancellationToken.None));

        Assert.Contains("WorkGroup other-wg is not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenTheQueryFailsOrIsCancelled_ShouldGiveTheReason()
    {
        var api = Api();
        Server.Queries.PollsBeforeDone = 0;
        _outcomes["MERGE bad"] = FakeQueryOutcome.Failed("MERGE_TARGET_ROW_MULTIPLE_MATCHES: One MERGE target table row matched more than one source row");
        var failed = await api.StartQueryAsync("MERGE bad", Token, CancellationToken.None);
        var cancelled = await api.StartQueryAsync("MERGE slow", Token + "x", CancellationToken.None);
        Server.Queries.Cancel(cancelled);

        var a = await api.GetQueryAsync(failed, CancellationToken.None);
        var b = await api.GetQueryAsync(cancelled, CancellationToken.None);

        Assert.Equal((AthenaQueryState.Failed, true), (a.State, a.StateChangeReason!.StartsWith("MERGE_TARGET_ROW_MULTIPLE_MATCHES", StringComparison.Ordinal)));
        Assert.Equal((AthenaQueryState.Cancelled, "Query cancelled by user"), (b.State, b.StateChangeReason));
        Assert.DoesNotContain("MERGE slow", Server.Queries.Ran);
    }

    [Theory]
    [InlineData("InternalServerException", AwsErrorKind.Transient)]
    [InlineData("TooManyRequestsException", AwsErrorKind.Transient)]
    public async Task Call_WhenAthenaFails_ShouldClassifyByCode(string code, AwsErrorKind kind)
    {
        Server.FailNextCalls.Enqueue(code);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => Api().GetQueryAsync("x", CancellationToken.None));

        Assert.Equal((code, kind), (error.ErrorCode, error.Kind));
    }

    [Fact]
    public async Task Get_OfAnUnknownQuery_ShouldBeAnInvalidRequest()
    {
        var error = await Assert.ThrowsAsync<AwsCallException>(() => Api().GetQueryAsync("nope", CancellationToken.None));

        Assert.Contains("QueryExecution nope was not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_Unsigned_ShouldBeRefused()
    {
        using var http = new HttpClient();
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/x-amz-json-1.1");

        using var response = await http.PostAsync(new Uri(Server.ServiceUrl), content);

        Assert.Equal(403, (int)response.StatusCode);
    }

    private AthenaJsonApi Api(string workGroup = "lake-wg") =>
        AthenaJsonApi.Create(workGroup, new Uri(Server.ServiceUrl), RegionEndpoint.USEast1, () => new BasicAWSCredentials("AKIDEXAMPLE", "secret"));
}
