namespace IncrementalExport.TestServers.Simulation;

/// <summary>The engine's clock: the world's clock plus a skew the scenario can jump, as a host's clock may.</summary>
internal sealed class SkewedTimeProvider(TimeProvider world) : TimeProvider
{
    public TimeSpan Skew { get; set; }

    public override DateTimeOffset GetUtcNow() => world.GetUtcNow() + Skew;
}
