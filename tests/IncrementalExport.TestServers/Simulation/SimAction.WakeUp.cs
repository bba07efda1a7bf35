namespace IncrementalExport.TestServers.Simulation;

/// <summary>The wake-up step: time passes until the function's next invocation as the deployed stack would make it.</summary>
public abstract partial record SimAction
{
    /// <summary>
    /// Time passes until the next invocation, which ticks every table: the one-time wake-up the last tick programmed,
    /// <paramref name="Late"/> after its minute, unless it is <paramref name="Lost"/>; else the hourly safety net.
    /// </summary>
    public sealed record WakeUp(bool Lost, TimeSpan Late) : SimAction
    {
        public override string ToString() => Lost ? "wake-up lost: wait for the safety net" : $"wake-up{(Late > TimeSpan.Zero ? $" {Late} late" : "")}";
    }
}
