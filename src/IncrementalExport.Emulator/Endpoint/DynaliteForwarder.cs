using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>Relays calls to dynalite unchanged and relays its answer unchanged (status, body, x-amz-crc32).</summary>
internal sealed class DynaliteForwarder(Uri dynalite) : IDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Content-Type", "Connection", "Keep-Alive", "Transfer-Encoding", "Expect", "Date", "Server",
    };

    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = dynalite,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Relays the call and its answer; returns the answer's status code.</summary>
    public async Task<int> ForwardAsync(HttpContext context, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, context.Request.Path + context.Request.QueryString);
        request.Content = new ByteArrayContent(body);
        if (context.Request.ContentType is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        foreach (var header in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
        }

        using var response = await _client.SendAsync(request, context.RequestAborted);
        var payload = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        CopyHeaders(response.Headers, context.Response);
        CopyHeaders(response.Content.Headers, context.Response);
        context.Response.ContentLength = payload.Length;
        await context.Response.Body.WriteAsync(payload, context.RequestAborted);
        return (int)response.StatusCode;
    }

    /// <summary>DescribeTable in dynalite: the table's name, ARN, creation time and key attributes, or null when it does not exist.</summary>
    public async Task<DynaliteTable?> DescribeTableAsync(string name, CancellationToken cancellationToken)
    {
        if (await CallAsync("DescribeTable", new JsonObject { ["TableName"] = name }, cancellationToken) is not { } document)
        {
            return null;
        }

        var table = document["Table"]!;
        var created = DateTimeOffset.FromUnixTimeMilliseconds((long)(table["CreationDateTime"]!.GetValue<decimal>() * 1000m));
        var keys = table["KeySchema"]!.AsArray().Select(k => k!["AttributeName"]!.GetValue<string>()).ToList();
        return new DynaliteTable(table["TableName"]!.GetValue<string>(), table["TableArn"]!.GetValue<string>(), created, keys);
    }

    /// <summary>Calls one operation of dynalite directly; the answer's document, or null when it failed.</summary>
    public async Task<JsonObject?> CallAsync(string operation, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDB_20120810." + operation);
        // dynalite checks that a signature is present, not that it is valid.
        request.Headers.TryAddWithoutValidation(
            "Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20260101T000000Z");
        using var response = await _client.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken))!.AsObject()
            : null;
    }

    public void Dispose() => _client.Dispose();

    private static void CopyHeaders(HttpHeaders from, HttpResponse to)
    {
        foreach (var header in from.Where(h => !HopByHop.Contains(h.Key) || h.Key == "Content-Type"))
        {
            to.Headers[header.Key] = header.Value.ToArray();
        }
    }
}
