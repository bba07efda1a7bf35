using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// One invocation: reads the settings once, builds the engine over them, lets <see cref="InvocationService"/>
/// handle the payload, and after a tick writes the stack's metrics (<see cref="StackMetrics"/>). Settings are read
/// per invocation rather than at init, so a settings change needs no new deployment of code.
/// </summary>
public sealed class InvocationHost
{
    private readonly ISettingsSource _settings;
    private readonly Func<ExportSettings, IExportEngine> _engine;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;

    /// <summary>Creates the host; <paramref name="log"/> receives the JSON log lines and the EMF metrics line.</summary>
    public InvocationHost(ISettingsSource settings, Func<ExportSettings, IExportEngine> engine, TimeProvider timeProvider, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(log);
        _settings = settings;
        _engine = engine;
        _time = timeProvider;
        _log = log;
    }

    /// <summary>Handles one payload with <paramref name="remainingTime"/> left before the Lambda is stopped.</summary>
    public async Task<InvocationResponse> HandleAsync(JsonElement payload, TimeSpan remainingTime, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var settings = await _settings.CurrentAsync(cancellationToken);

        // The time the settings read took is no longer left for the tick.
        var remaining = remainingTime - (_time.GetUtcNow() - started);
        var service = new InvocationService(_engine(settings), settings, _time, _log);
        var response = await service.HandleAsync(payload, remaining, cancellationToken);
        if (response is { Ok: true, Action: "tick" })
        {
            _log.WriteLine(StackMetrics.Line(response, settings.StateTable, _time.GetUtcNow()));
        }

        return response;
    }
}
