using IncrementalExport.Core.Aws;

namespace IncrementalExport.TestServers.Simulation;

/// <summary>
/// The faults of one invocation: the call (counted across the state table and the control plane) at which a fault
/// strikes. After a crash every further call of the invocation fails too, as in a dead process.
/// </summary>
internal sealed class InvocationFaults(int? atCall, FaultKind kind)
{
    private int _calls;
    private volatile bool _dead;

    public static InvocationFaults None => new(null, FaultKind.Throttle);

    /// <summary>Called after each call that returned, with its index (for a read mid-way through the invocation).</summary>
    public Action<int>? AfterCall { get; init; }

    /// <summary>Called once when the fault strikes (for counting).</summary>
    public Action? OnStrike { get; init; }

    public async Task<T> Around<T>(Func<Task<T>> call)
    {
        if (_dead)
        {
            throw new SimulatedCrash();
        }

        var index = Interlocked.Increment(ref _calls) - 1;
        if (index != atCall)
        {
            var result = await call();
            AfterCall?.Invoke(index);
            return result;
        }

        OnStrike?.Invoke();
        switch (kind)
        {
            case FaultKind.Throttle:
                throw AwsErrorClassifier.Classify("ThrottlingException", 400, "Rate of requests exceeds the allowed throughput (injected)");
            case FaultKind.ServerError:
                throw AwsErrorClassifier.Classify("InternalServerError", 500, "Internal server error (injected)");
            case FaultKind.CrashBefore:
                _dead = true;
                throw new SimulatedCrash();
            default:
                try
                {
                    await call();
                }
                catch (Exception e) when (e is not SimulatedCrash)
                {
                    // The call's own outcome is lost with the process, success or failure alike.
                }

                _dead = true;
                throw new SimulatedCrash();
        }
    }

    public async Task Around(Func<Task> call) => await Around(async () =>
    {
        await call();
        return true;
    });
}
