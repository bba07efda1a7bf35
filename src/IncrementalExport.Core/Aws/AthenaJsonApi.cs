using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Aws;

/// <summary>
/// <see cref="IAthenaQueries"/> over Athena's JSON 1.1 protocol (POST / with X-Amz-Target: AmazonAthena.&lt;Operation&gt;),
/// signed with SigV4 by AWSSDK.Core's <see cref="SigV4SigningHandler"/>, used instead of the AWSSDK.Athena client (not a
/// dependency of this project); it makes exactly the three calls the apply chain needs.
/// Errors carry the service's code (__type) and are classified like every AWS error.
/// </summary>
internal sealed class AthenaJsonApi(Lazy<HttpClient> http, Uri endpoint, string workGroup) : IAthenaQueries
{
    /// <summary>Overrides the endpoint, as the AWS SDKs do for their service clients.</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL_ATHENA";

    // The largest page GetQueryResults gives.
    private const int MaxResults = 1000;

    private static readonly MediaTypeHeaderValue JsonType = new("application/x-amz-json-1.1");

    /// <summary>The adapter for <paramref name="workGroup"/> in the function's region with the default credentials.</summary>
    public static AthenaJsonApi Create(string workGroup, Func<string, string?> environment)
    {
        var (endpoint, region) = SignedJsonCall.Locate("athena", EndpointVariable, environment);
        return Create(workGroup, endpoint, region, () => DefaultAWSCredentialsIdentityResolver.GetCredentials());
    }

    /// <summary>The adapter at <paramref name="endpoint"/>; credentials are resolved at the first call.</summary>
    public static AthenaJsonApi Create(string workGroup, Uri endpoint, RegionEndpoint region, Func<AWSCredentials> credentials) =>
        new(SignedJsonCall.Client("athena", region, credentials), endpoint, workGroup);

    public async Task<string> StartQueryAsync(string queryString, string clientRequestToken, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(
            "StartQueryExecution",
            new JsonObject { ["QueryString"] = queryString, ["ClientRequestToken"] = clientRequestToken, ["WorkGroup"] = workGroup },
            cancellationToken);
        return answer["QueryExecutionId"]?.GetValue<string>() ?? throw Malformed("StartQueryExecution", "no QueryExecutionId");
    }

    public async Task<AthenaQueryStatus> GetQueryAsync(string queryExecutionId, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("GetQueryExecution", new JsonObject { ["QueryExecutionId"] = queryExecutionId }, cancellationToken);
        var status = answer["QueryExecution"]?["Status"];
        var state = status?["State"]?.GetValue<string>() switch
        {
            "QUEUED" => AthenaQueryState.Queued,
            "RUNNING" => AthenaQueryState.Running,
            "SUCCEEDED" => AthenaQueryState.Succeeded,
            "FAILED" => AthenaQueryState.Failed,
            "CANCELLED" => AthenaQueryState.Cancelled,
            var other => throw Malformed("GetQueryExecution", $"unknown Status.State '{other}'"),
        };
        return new AthenaQueryStatus(queryExecutionId, state, status?["StateChangeReason"]?.GetValue<string>());
    }

    public async Task<AthenaResultPage> GetResultsAsync(string queryExecutionId, string? nextToken, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["QueryExecutionId"] = queryExecutionId, ["MaxResults"] = MaxResults };
        if (nextToken is not null)
        {
            request["NextToken"] = nextToken;
        }

        var answer = await CallAsync("GetQueryResults", request, cancellationToken);
        var rows = answer["ResultSet"]?["Rows"] as JsonArray ?? throw Malformed("GetQueryResults", "no ResultSet.Rows");

        // A cell without VarCharValue is a SQL NULL.
        var values = rows.Select(r => (IReadOnlyList<string?>)((r?["Data"] as JsonArray) ?? []).Select(d => d?["VarCharValue"]?.GetValue<string>()).ToList()).ToList();
        return new AthenaResultPage(values, answer["NextToken"]?.GetValue<string>());
    }

    private async Task<JsonObject> CallAsync(string operation, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "/"))
        {
            Content = new StringContent(body.ToJsonString(), JsonType),
        };
        request.Headers.Add("X-Amz-Target", "AmazonAthena." + operation);
        var answer = await SignedJsonCall.SendAsync(http.Value, request, cancellationToken);
        if (answer.Ok)
        {
            return answer.Json ?? throw Malformed(operation, "the answer is not a JSON object");
        }

        // JSON 1.1 errors: "__type" (possibly "namespace#Code"), the text in "Message" or "message".
        var type = answer.Json?["__type"]?.GetValue<string>();
        var code = type is null ? null : type[(type.LastIndexOf('#') + 1)..];
        throw AwsErrorClassifier.Classify(code, (int)answer.Status, $"Athena {operation}: {answer.ErrorMessage}");
    }

    private static AwsCallException Malformed(string operation, string what) =>
        AwsErrorClassifier.Classify(null, 500, $"Athena {operation}: {what}");
}
