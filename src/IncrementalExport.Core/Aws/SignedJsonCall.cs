using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace IncrementalExport.Core.Aws;

/// <summary>
/// What the small SigV4 JSON adapters share: send one request, map "could not reach AWS" the way the SDK clients'
/// errors are mapped, and read the answer as a JSON object (null when it is empty or not JSON, e.g. a proxy's page).
/// </summary>
internal static class SignedJsonCall
{
    /// <summary>The answer to one call: its status, headers, body as text and as a JSON object when it is one.</summary>
    public sealed record Answer(HttpStatusCode Status, HttpResponseHeaders Headers, string Text, JsonObject? Json)
    {
        public bool Ok => (int)Status is >= 200 and < 300;

        /// <summary>The error text of a JSON error body ("Message" or "message"), else the body as it came.</summary>
        public string ErrorMessage => (Json?["Message"] ?? Json?["message"])?.ToString() ?? Text;
    }

    /// <summary>
    /// Where <paramref name="service"/> is for this process, as the SDK clients find it: the region of AWS_REGION (or
    /// AWS_DEFAULT_REGION, else us-east-1), and the endpoint <paramref name="endpointVariable"/> names, else the
    /// service's regional endpoint.
    /// </summary>
    public static (Uri Endpoint, RegionEndpoint Region) Locate(string service, string endpointVariable, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var region = RegionEndpoint.GetBySystemName(environment("AWS_REGION") ?? environment("AWS_DEFAULT_REGION") ?? "us-east-1");
        var endpoint = environment(endpointVariable) is { Length: > 0 } url
            ? new Uri(url)
            : new Uri($"https://{service}.{region.SystemName}.{region.PartitionDnsSuffix}");
        return (endpoint, region);
    }

    /// <summary>
    /// The SigV4-signing client for <paramref name="service"/>, built at its first call, so a problem with the
    /// credentials shows as that call's error rather than failing the function's init.
    /// </summary>
    public static Lazy<HttpClient> Client(string service, RegionEndpoint region, Func<AWSCredentials> credentials) =>
        new(() => new HttpClient(new SigV4SigningHandler(credentials(), region, service, new HttpClientHandler())));

    public static async Task<Answer> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or AmazonClientException
                                  || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw AwsErrorClassifier.Unreachable(e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonObject? json;
            try
            {
                json = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
            }
            catch (System.Text.Json.JsonException)
            {
                json = null;
            }

            return new Answer(response.StatusCode, response.Headers, text, json);
        }
    }
}
