using IncrementalExport.Benchmark.Servers;
using IncrementalExport.Core.Planning;
using Microsoft.Extensions.Time.Testing;

namespace IncrementalExport.Benchmark.Ticks;

/// <summary>The engine's fake clock and the servers' fake clock, always moved together.</summary>
internal sealed class SharedClock(FakeTimeProvider engineTime, ServerProcess server)
{
    public FakeTimeProvider Time => engineTime;

    public async Task AdvanceAsync(TimeSpan by)
    {
        engineTime.Advance(by);
        await server.AdvanceAsync(by);
    }

    /// <summary>Moves to the next instant that is <paramref name="offset"/> past a multiple of <paramref name="grid"/>.</summary>
    public Task AdvanceToOffsetAsync(TimeSpan grid, TimeSpan offset)
    {
        var now = engineTime.GetUtcNow();
        var target = WindowGrid.AlignDown(now, grid) + offset;
        while (target <= now)
        {
            target += grid;
        }

        return AdvanceAsync(target - now);
    }
}
