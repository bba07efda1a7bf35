namespace IncrementalExport.TestServers.Simulation;

/// <summary>The invocation died here (a Lambda timeout, an out-of-memory, a lost host): nothing after this runs.</summary>
internal sealed class SimulatedCrash : Exception
{
    public SimulatedCrash()
        : base("simulated crash")
    {
    }

    public SimulatedCrash(string message)
        : base(message)
    {
    }

    public SimulatedCrash(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
