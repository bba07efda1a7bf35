namespace IncrementalExport.Emulator.Endpoint;

/// <summary>An error the endpoint answers with instead of serving the call.</summary>
public sealed record InjectedFault(string ErrorCode, string Message, int StatusCode = 400)
{
    /// <summary>ThrottlingException, HTTP 400 (never a typed exception in the SDK).</summary>
    public static InjectedFault Throttling { get; } = new("ThrottlingException", "Rate of requests exceeds the allowed throughput.");

    /// <summary>InternalServerError, HTTP 500.</summary>
    public static InjectedFault InternalServerError { get; } = new("InternalServerError", "Internal server error", 500);

    /// <summary>ServiceUnavailable, HTTP 503.</summary>
    public static InjectedFault ServiceUnavailable { get; } = new("ServiceUnavailable", "Service unavailable", 503);

    /// <summary>LimitExceededException, HTTP 400.</summary>
    public static InjectedFault LimitExceeded { get; } = new("LimitExceededException", "Too many operations for a given subscriber.");

    /// <summary>ProvisionedThroughputExceededException, HTTP 400.</summary>
    public static InjectedFault ProvisionedThroughputExceeded { get; } = new(
        "ProvisionedThroughputExceededException",
        "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.");

    /// <summary>RequestLimitExceeded, HTTP 400.</summary>
    public static InjectedFault RequestLimitExceeded { get; } = new(
        "RequestLimitExceeded", "Throughput exceeds the current throughput limit for your account.");
}
