using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using IncrementalExport.Emulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IncrementalExport.TestServers.Scheduler;

/// <summary>
/// A local EventBridge Scheduler endpoint for GetSchedule and UpdateSchedule as the API reference gives them:
/// <c>GET /schedules/{Name}?groupName=</c> returns the schedule; <c>PUT /schedules/{Name}</c> with a JSON body replaces
/// all of it (a member left out reverts to its default), GroupName in the body; errors are the REST-JSON shape
/// (status, <c>x-amzn-ErrorType</c>, <c>{"Message"}</c>): 404 ResourceNotFoundException, 409 ConflictException, 429
/// ThrottlingException, 400 ValidationException, 500 InternalServerException. Requests must carry a SigV4
/// Authorization header for the <c>scheduler</c> service.
/// </summary>
public sealed class FakeSchedulerServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<(string Group, string Name), JsonObject> _schedules = new();
    private readonly ConcurrentQueue<(int Status, string Code)> _faults = new();
    private readonly object _gate = new();

    private FakeSchedulerServer(WebApplication app)
    {
        _app = app;
        app.Run(HandleAsync);
    }

    /// <summary>The endpoint, e.g. http://127.0.0.1:41234 (for AWS_ENDPOINT_URL_SCHEDULER).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Requests received, as "METHOD path".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeSchedulerServer> StartAsync()
    {
        var server = new FakeSchedulerServer(LoopbackHost.Build());
        server.ServiceUrl = await LoopbackHost.StartAsync(server._app);
        return server;
    }

    /// <summary>Creates (as the stack does) a schedule: the document GetSchedule returns.</summary>
    public void Create(string group, string name, JsonObject schedule)
    {
        var stored = schedule.DeepClone().AsObject();
        stored["Name"] = name;
        stored["GroupName"] = group;
        stored["Arn"] = $"arn:aws:scheduler:eu-west-1:123456789012:schedule/{group}/{name}";
        _schedules[(group, name)] = stored;
    }

    /// <summary>The stored schedule, or null.</summary>
    public JsonObject? Get(string group, string name) => _schedules.TryGetValue((group, name), out var s) ? s : null;

    /// <summary>The next request fails with <paramref name="code"/> and <paramref name="status"/>.</summary>
    public void FailNext(int status, string code) => _faults.Enqueue((status, code));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        Requests.Enqueue($"{context.Request.Method} {path}");
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal) || !auth.Contains("/scheduler/aws4_request", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 403, "UnrecognizedClientException", "The request must be signed with SigV4 for the scheduler service.");
            return;
        }

        if (_faults.TryDequeue(out var fault))
        {
            await ErrorAsync(context, fault.Status, fault.Code, $"injected {fault.Code}");
            return;
        }

        if (!path.StartsWith("/schedules/", StringComparison.Ordinal) || path.Length == "/schedules/".Length)
        {
            await ErrorAsync(context, 404, "UnknownOperationException", $"no operation at {path}");
            return;
        }

        var name = Uri.UnescapeDataString(path["/schedules/".Length..]);
        if (HttpMethods.IsGet(context.Request.Method))
        {
            var group = context.Request.Query["groupName"].FirstOrDefault() ?? "default";
            await (Get(group, name) is { } schedule
                ? JsonAsync(context, 200, schedule)
                : ErrorAsync(context, 404, "ResourceNotFoundException", $"Schedule {name} does not exist."));
            return;
        }

        if (HttpMethods.IsPut(context.Request.Method))
        {
            await UpdateAsync(context, name);
            return;
        }

        await ErrorAsync(context, 405, "ValidationException", $"{context.Request.Method} is not supported on {path}");
    }

    private async Task UpdateAsync(HttpContext context, string name)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var group = body?["GroupName"]?.GetValue<string>() ?? "default";
        var problem = body is null ? "the body is not a JSON object" : Problem(body);
        if (problem is not null)
        {
            await ErrorAsync(context, 400, "ValidationException", problem);
            return;
        }

        lock (_gate)
        {
            if (Get(group, name) is null)
            {
                problem = $"Schedule {name} does not exist.";
            }
            else
            {
                // UpdateSchedule replaces the schedule: what the request leaves out is gone.
                Create(group, name, body!);
            }
        }

        await (problem is null
            ? JsonAsync(context, 200, new JsonObject { ["ScheduleArn"] = Get(group, name)!["Arn"]!.GetValue<string>() })
            : ErrorAsync(context, 404, "ResourceNotFoundException", problem));
    }

    private static string? Problem(JsonObject body)
    {
        if (body["ScheduleExpression"]?.GetValue<string>() is not { Length: > 0 } expression)
        {
            return "1 validation error detected: Value null at 'scheduleExpression' failed to satisfy constraint: Member must not be null";
        }

        if (IncrementalExport.Stack.ScheduleExpression.Validate(expression) is { } bad)
        {
            return "Invalid Schedule Expression " + bad;
        }

        if (body["FlexibleTimeWindow"]?["Mode"]?.GetValue<string>() is not ("OFF" or "FLEXIBLE"))
        {
            return "1 validation error detected: Value null at 'flexibleTimeWindow' failed to satisfy constraint: Member must not be null";
        }

        return body["Target"]?["Arn"] is null || body["Target"]?["RoleArn"] is null
            ? "1 validation error detected: Value null at 'target' failed to satisfy constraint: Target Arn and RoleArn must not be null"
            : null;
    }

    private static Task JsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private static Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.Headers["x-amzn-ErrorType"] = code;
        return JsonAsync(context, status, new JsonObject { ["Message"] = message });
    }
}
