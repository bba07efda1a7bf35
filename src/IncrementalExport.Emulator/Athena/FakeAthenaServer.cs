using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IncrementalExport.Emulator.Athena;

/// <summary>
/// A local Athena query API on http://127.0.0.1:&lt;port&gt; speaking JSON 1.1 (X-Amz-Target: AmazonAthena.*), for the
/// three calls the apply chain makes, following the API reference: StartQueryExecution needs a QueryString (1–262,144
/// characters), a ClientRequestToken of 32–128 characters and a known WorkGroup; the same token returns the same
/// QueryExecutionId and runs nothing again, and with another QueryString or WorkGroup it is an error.
/// GetQueryExecution goes QUEUED, RUNNING, then the outcome <c>run</c> gives (SUCCEEDED, or FAILED/CANCELLED with a
/// StateChangeReason); an unknown id is an error. GetQueryResults pages the rows of a SUCCEEDED query
/// (ResultSet.Rows[].Data[].VarCharValue, header row first, MaxResults 1–1,000, NextToken) and refuses any other state. Bad input is InvalidRequestException (HTTP 400); an unsigned call is refused.
/// </summary>
public sealed class FakeAthenaServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeAthenaQueries _queries;
    private int _calls;

    private FakeAthenaServer(WebApplication app, FakeAthenaQueries queries)
    {
        _app = app;
        _queries = queries;
        app.Run(HandleAsync);
    }

    /// <summary>The endpoint (for AWS_ENDPOINT_URL_ATHENA).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>The queries and what ran.</summary>
    public FakeAthenaQueries Queries => _queries;

    /// <summary>The requests answered so far (any operation, any answer).</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Error codes the next calls fail with (e.g. InternalServerException, TooManyRequestsException), first first.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> FailNextCalls { get; } = new();

    /// <summary>Starts a server knowing <paramref name="workGroups"/>; <paramref name="run"/> runs a query once, when it leaves RUNNING.</summary>
    public static async Task<FakeAthenaServer> StartAsync(IEnumerable<string> workGroups, Func<string, FakeQueryOutcome> run, CancellationToken cancellationToken = default)
    {
        var server = new FakeAthenaServer(LoopbackHost.Build(), new FakeAthenaQueries(workGroups, run));
        server.ServiceUrl = await LoopbackHost.StartAsync(server._app, cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var signed = context.Request.Headers.Authorization.ToString().StartsWith("AWS4-HMAC-SHA256 Credential=", StringComparison.Ordinal)
                     && context.Request.Headers.ContainsKey("X-Amz-Date");
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var (status, answer) = !signed ? (403, Error("MissingAuthenticationTokenException", "Missing Authentication Token"))
            : context.Request.Method != "POST" || context.Request.ContentType != "application/x-amz-json-1.1" ? (400, Error("SerializationException", "expected a POST of application/x-amz-json-1.1"))
            : body is null ? (400, Error("SerializationException", "the body is not a JSON object"))
            : FailNextCalls.TryDequeue(out var fault) ? (fault.StartsWith("Internal", StringComparison.Ordinal) ? 500 : 400, Error(fault, "injected"))
            : target switch
            {
                "AmazonAthena.StartQueryExecution" => _queries.Start(body),
                "AmazonAthena.GetQueryExecution" => _queries.Get(body),
                "AmazonAthena.GetQueryResults" => _queries.Results(body),
                _ => (400, Error("UnknownOperationException", $"unknown operation {target}")),
            };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    internal static JsonObject Error(string code, string message) => new() { ["__type"] = code, ["Message"] = message };
}
