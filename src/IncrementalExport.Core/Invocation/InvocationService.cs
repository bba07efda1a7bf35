using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Reports;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// Everything one Lambda invocation does: read the payload, make one engine call, log and report it.
/// A rejected payload returns <c>{"ok": false, "error"}</c> instead of throwing: a thrown error is a
/// FunctionError that the scheduler retries, and retrying a bad payload can only fail again; so is a request the
/// engine refuses after checking it against AWS (a reset time outside the PITR window). Other errors of the
/// engine or of AWS still throw, so they count in the Lambda Errors metric and a scheduled tick is retried.
/// </summary>
public sealed class InvocationService
{
    private readonly IExportEngine _engine;
    private readonly ExportSettings _settings;
    private readonly TimeProvider _time;
    private readonly InvocationLog _log;

    /// <summary>Creates the service; <paramref name="log"/> receives one JSON line per log event and EMF metric.</summary>
    public InvocationService(IExportEngine engine, ExportSettings settings, TimeProvider timeProvider, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(log);
        _engine = engine;
        _settings = settings;
        _time = timeProvider;
        _log = new InvocationLog(log);
    }

    /// <summary>Handles one payload with <paramref name="remainingTime"/> left before the Lambda is stopped.</summary>
    public async Task<ActionReport> HandleAsync(JsonElement payload, TimeSpan remainingTime, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var parsed = PayloadParser.Parse(payload, _settings);
        if (!parsed.IsValid)
        {
            _log.Rejected(now, parsed.Error);
            return ActionReport.Rejected(parsed.Error);
        }

        var request = parsed.Request;
        ActionReport response;
        try
        {
            response = await DispatchAsync(request, now, remainingTime, cancellationToken);
        }
        catch (RequestRefusedException e)
        {
            // Checked against AWS (reset's from outside the PITR window): as final as a bad payload, so an answer, not a retry.
            var error = request.From is null ? e.Message : $"from: {e.Message}";
            _log.Rejected(_time.GetUtcNow(), error);
            return ActionReport.Rejected(error);
        }
        catch (UnknownTableException e)
        {
            // The payload's tables are resolved before the engine runs; should the engine's own check refuse one, the
            // answer is as final as a bad payload's, in the payload's terms.
            var error = $"{(request.Table is null ? "tables" : "table")}: '{e.Requested}' is not a configured table; configured: {string.Join(", ", e.Configured)}";
            _log.Rejected(_time.GetUtcNow(), error);
            return ActionReport.Rejected(error);
        }

        _log.Completed(_time.GetUtcNow(), response);
        return response;
    }

    private async Task<ActionReport> DispatchAsync(InvocationRequest request, DateTimeOffset now, TimeSpan remainingTime, CancellationToken cancellationToken) =>
        request.Action switch
        {
            InvocationAction.Tick => await TickAsync(request, now, remainingTime, cancellationToken),
            InvocationAction.Status => ActionReport.ForStatus(await _engine.StatusAsync(request.Tables, cancellationToken)),
            InvocationAction.Pause => ActionReport.ForOperator(request.ActionName, await _engine.PauseAsync(request.Table!, cancellationToken)),
            InvocationAction.Resume => ActionReport.ForOperator(request.ActionName, await _engine.ResumeAsync(request.Table!, cancellationToken)),
            InvocationAction.Reset => ActionReport.ForOperator(request.ActionName, await _engine.ResetAsync(request.Table!, request.From, cancellationToken)),
            InvocationAction.History => ActionReport.ForHistory(await _engine.HistoryAsync(request.Table!, cancellationToken)),
            _ => throw new InvalidOperationException($"No handler for action {request.Action}."),
        };

    private async Task<ActionReport> TickAsync(InvocationRequest request, DateTimeOffset now, TimeSpan remainingTime, CancellationToken cancellationToken)
    {
        var stopStartingAt = DeadlinePolicy.StopStartingAt(now, remainingTime);
        var report = await _engine.TickAsync(new TickRequest(request.Tables, stopStartingAt, DryRun: false), cancellationToken);
        _log.Tick(report, stopStartingAt);
        return ActionReport.ForTick(report, stopStartingAt);
    }
}
