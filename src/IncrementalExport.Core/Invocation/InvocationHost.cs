using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Reports;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.Wake;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// One invocation: reads the settings once, builds the engine over them, lets <see cref="InvocationService"/>
/// handle the payload, and after a tick writes the stack's metrics (<see cref="StackMetrics"/>). Settings are read
/// per invocation rather than at init, so a settings change needs no new deployment of code.
/// </summary>
/// <param name="settings">Where the settings are read from, once per invocation.</param>
/// <param name="engine">Builds the engine over the settings just read.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="log">Receives the JSON log lines and the EMF metrics line.</param>
/// <param name="wakeUp">Programs the one-time wake-up after each tick; null where there is no wake-up schedule.</param>
public sealed class InvocationHost(
    ISettingsSource settings, Func<ExportSettings, IExportEngine> engine, TimeProvider timeProvider, TextWriter log, WakeUpProgrammer? wakeUp = null)
{
    /// <summary>Handles one payload with <paramref name="remainingTime"/> left before the Lambda is stopped.</summary>
    public async Task<ActionReport> HandleAsync(JsonElement payload, TimeSpan remainingTime, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetUtcNow();
        var current = await settings.CurrentAsync(cancellationToken);

        // The time the settings read took is no longer left for the tick.
        var remaining = remainingTime - (timeProvider.GetUtcNow() - started);
        var service = new InvocationService(engine(current), current, timeProvider, log);
        var response = await service.HandleAsync(payload, remaining, cancellationToken);
        if (response is { Ok: true, Action: "status" } && wakeUp is not null)
        {
            response = response with { NextWakeUp = await wakeUp.PendingAsync(current.StateTable, cancellationToken) };
        }

        if (response is { Ok: true, Action: "tick" } && wakeUp is not null)
        {
            var programmed = await wakeUp.ProgramAsync(current.StateTable, response.NextWakeUp, response.StartedAt!.Value, cancellationToken);
            response = response with { NextWakeUp = programmed.Pending, WakeUpError = programmed.Error };
            new InvocationLog(log).WakeUp(timeProvider.GetUtcNow(), programmed);
        }

        if (response is { Ok: true, Action: "tick" })
        {
            log.WriteLine(StackMetrics.Line(response, current.StateTable, timeProvider.GetUtcNow()));
        }

        return response;
    }
}
