using Amazon.DynamoDBv2;
using Amazon.S3;
using IncrementalExport.Emulator.ControlPlane;
using IncrementalExport.Emulator.Files;
using IncrementalExport.Emulator.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>
/// One local DynamoDB endpoint on http://127.0.0.1:&lt;port&gt; speaking the JSON 1.0 protocol: the PITR and export
/// operations are served by a <see cref="FakeExportControlPlane"/>, every other operation is relayed byte for byte to
/// dynalite. Faults and latency can be injected and every call is counted.
/// </summary>
public sealed class FakeDynamoDbEndpoint : IAsyncDisposable
{
    private const string TargetPrefix = "DynamoDB_20120810.";
    private readonly WebApplication _app;
    private readonly DynaliteForwarder _forwarder;
    private readonly ControlPlaneDispatcher _dispatcher;
    private readonly WriteRecorder _recorder;

    private FakeDynamoDbEndpoint(WebApplication app, FakeExportControlPlane controlPlane, DynaliteForwarder forwarder, IAmazonS3? s3)
    {
        _app = app;
        _forwarder = forwarder;
        ControlPlane = controlPlane;
        _dispatcher = new ControlPlaneDispatcher(controlPlane, forwarder, Journal, s3 is null ? null : new ExportFileWriter(s3));
        _recorder = new WriteRecorder(Journal, forwarder, controlPlane.Time);
        app.Run(HandleAsync);
    }

    /// <summary>The endpoint for <c>ServiceURL</c> (and for AWS_ENDPOINT_URL_DYNAMODB), e.g. http://127.0.0.1:41234.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>The export control plane this endpoint serves.</summary>
    public FakeExportControlPlane ControlPlane { get; }

    /// <summary>The writes seen on tables with PITR on, from which export files are written.</summary>
    public ChangeJournal Journal { get; } = new();

    /// <summary>Faults and latency added to calls.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Calls received per operation, including forwarded and failed ones.</summary>
    public CallCounters Calls { get; } = new();

    /// <summary>Starts an endpoint in front of <paramref name="dynaliteServiceUrl"/>; exports only change state, no files.</summary>
    public static Task<FakeDynamoDbEndpoint> StartAsync(
        FakeExportControlPlane controlPlane, string dynaliteServiceUrl, CancellationToken cancellationToken = default) =>
        StartAsync(controlPlane, dynaliteServiceUrl, null, cancellationToken);

    /// <summary>
    /// Starts an endpoint in front of <paramref name="dynaliteServiceUrl"/>. With <paramref name="s3"/>, every export
    /// writes its files through it (the bucket must exist, as in AWS); without, exports only change state.
    /// </summary>
    public static async Task<FakeDynamoDbEndpoint> StartAsync(
        FakeExportControlPlane controlPlane, string dynaliteServiceUrl, IAmazonS3? s3, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(controlPlane);
        var forwarder = new DynaliteForwarder(new Uri(dynaliteServiceUrl));
        var endpoint = new FakeDynamoDbEndpoint(LoopbackHost.Build(), controlPlane, forwarder, s3);
        try
        {
            endpoint.ServiceUrl = await LoopbackHost.StartAsync(endpoint._app, cancellationToken);
        }
        catch
        {
            forwarder.Dispose();
            throw;
        }

        return endpoint;
    }

    /// <summary>A real SDK client for this endpoint (see <see cref="LocalAws.CreateClient"/>).</summary>
    public AmazonDynamoDBClient CreateClient(int maxErrorRetry = 0) => LocalAws.CreateClient(ServiceUrl, maxErrorRetry);

    /// <summary>Stops listening.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _forwarder.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target;
        Calls.Increment(operation);

        var latency = Faults.LatencyFor(operation);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted);
        }

        if (Faults.Next(operation) is { } fault)
        {
            await WriteAsync(context, fault.StatusCode, JsonResponse.Error(fault.ErrorCode, fault.Message));
            return;
        }

        byte[]? served;
        try
        {
            served = await _dispatcher.TryHandleAsync(operation, body, context.RequestAborted);
        }
        catch (FakeServiceException e)
        {
            await WriteAsync(context, e.StatusCode, JsonResponse.Error(e.ErrorCode, e.Message));
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the fake must look like a server fault, not like an answer.
            await WriteAsync(context, 500, JsonResponse.Error("InternalServerError", $"Fake endpoint failure: {e}"));
            return;
        }

        if (served is null)
        {
            if (!await _recorder.TryForwardAsync(context, operation, body))
            {
                await _forwarder.ForwardAsync(context, body);
            }
        }
        else
        {
            await WriteAsync(context, 200, served);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, int status, byte[] payload)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/x-amz-json-1.0";
        context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString("N").ToUpperInvariant();
        context.Response.ContentLength = payload.Length;
        await context.Response.Body.WriteAsync(payload, context.RequestAborted);
    }
}
