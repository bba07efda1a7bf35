namespace IncrementalExport.TestServers.Simulation;

/// <summary>What goes wrong at one AWS call of an invocation.</summary>
public enum FaultKind
{
    /// <summary>ThrottlingException before the call reaches AWS.</summary>
    Throttle,

    /// <summary>InternalServerError (HTTP 500) before the call reaches AWS.</summary>
    ServerError,

    /// <summary>The invocation dies before the call.</summary>
    CrashBefore,

    /// <summary>The call reaches AWS and takes effect, then the invocation dies before seeing the answer.</summary>
    CrashAfter,
}
