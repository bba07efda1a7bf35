using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Core.Wake;

/// <summary>
/// <see cref="IWakeUpScheduler"/> over EventBridge Scheduler's REST-JSON API (GET and PUT /schedules/{Name}), signed with
/// SigV4 by AWSSDK.Core's <see cref="SigV4SigningHandler"/> with the SDK's default credential chain, used instead of
/// the AWSSDK.Scheduler client (not a dependency of this project); it makes exactly the two calls the wake-up needs.
/// Errors carry the service's code (x-amzn-ErrorType) and are classified like every AWS error.
/// </summary>
internal sealed class SchedulerRestApi(Lazy<HttpClient> http, Uri endpoint, string name, string group) : IWakeUpScheduler
{
    /// <summary>Overrides the endpoint, as the AWS SDKs do for their service clients.</summary>
    public const string EndpointVariable = "AWS_ENDPOINT_URL_SCHEDULER";

    // Read-only members of GetSchedule's output that UpdateSchedule does not take.
    private static readonly string[] ReadOnly = ["Arn", "Name", "CreationDate", "LastModificationDate"];

    /// <summary>The adapter for schedule <paramref name="name"/> in <paramref name="group"/>, in the function's region, with the default credentials.</summary>
    public static SchedulerRestApi Create(string name, string group, Func<string, string?> environment)
    {
        var (endpoint, region) = SignedJsonCall.Locate("scheduler", EndpointVariable, environment);
        // A problem with the credentials shows as a wake-up error of a tick (the safety net then ticks), not at init.
        return new SchedulerRestApi(SignedJsonCall.Client("scheduler", region, () => DefaultAWSCredentialsIdentityResolver.GetCredentials()), endpoint, name, group);
    }

    public async Task<JsonObject> GetScheduleAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path() + "?groupName=" + Uri.EscapeDataString(group));
        return await SendAsync(request, cancellationToken);
    }

    public async Task UpdateScheduleAsync(JsonObject read, string expression, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var body = read.DeepClone().AsObject();
        foreach (var member in ReadOnly)
        {
            body.Remove(member);
        }

        body["GroupName"] = group;
        body["ScheduleExpression"] = expression;
        body["ScheduleExpressionTimezone"] = "UTC";
        body["State"] = "ENABLED";
        using var request = new HttpRequestMessage(HttpMethod.Put, Path())
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        await SendAsync(request, cancellationToken);
    }

    private Uri Path() => new(endpoint, "/schedules/" + Uri.EscapeDataString(name));

    private async Task<JsonObject> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var answer = await SignedJsonCall.SendAsync(http.Value, request, cancellationToken);
        var where = $"{request.Method} {request.RequestUri?.AbsolutePath}";
        if (answer.Ok)
        {
            // An empty body is a valid answer (UpdateSchedule's); a body that is not JSON is not.
            return answer.Json ?? (answer.Text.Length == 0 ? [] : throw AwsErrorClassifier.Classify(null, 500, $"{where}: the answer is not a JSON object"));
        }

        // REST-JSON errors: the code in x-amzn-ErrorType (possibly "Code:namespace"), the text in "Message".
        var code = answer.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First().Split(':')[0] : null;
        throw AwsErrorClassifier.Classify(code, (int)answer.Status, $"{where}: {answer.ErrorMessage}");
    }
}
