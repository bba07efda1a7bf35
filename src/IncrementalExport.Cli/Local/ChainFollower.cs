using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Cli.Local;

/// <summary>Runs the engine tick by tick on a simulated clock, as the scheduled Lambda would, and reports each table's status.</summary>
internal sealed class ChainFollower(IExportEngine engine, FakeTimeProvider clock, string table)
{
    /// <summary>How far the clock moves between ticks.</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromMinutes(5);

    /// <summary>One tick; the table's status after it. A tick that fails the table is an error.</summary>
    public async Task<TableStatus> TickAsync(CancellationToken cancellationToken)
    {
        var report = await engine.TickAsync(new TickRequest([table]), cancellationToken);
        var outcome = report.Tables.Single();
        if (outcome.Step == StepKind.Error || outcome.Status.Phase == TablePhase.Blocked)
        {
            throw new InvalidOperationException($"the tick failed for '{table}': {outcome.Detail}");
        }

        return outcome.Status;
    }

    /// <summary>
    /// Ticks (moving the clock by <see cref="TickInterval"/> between ticks) until the chain's watermark is past
    /// <paramref name="lastWrite"/> and no export is in flight.
    /// </summary>
    public async Task<TableStatus> CatchUpAsync(DateTimeOffset lastWrite, Action<TableStatus> progress, CancellationToken cancellationToken, int maxTicks = 500)
    {
        for (var i = 0; i < maxTicks; i++)
        {
            var status = await TickAsync(cancellationToken);
            progress(status);
            if (status.Watermark > lastWrite && status.InFlight is null)
            {
                return status;
            }

            clock.Advance(TickInterval);
        }

        throw new InvalidOperationException($"the chain of '{table}' did not catch up with {TimeFormat.Iso(lastWrite)} in {maxTicks} ticks");
    }
}
