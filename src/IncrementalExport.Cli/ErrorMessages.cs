using Amazon.Runtime;
using IncrementalExport.Cli.Commands;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Settings;
using IncrementalExport.Core.State;

namespace IncrementalExport.Cli;

/// <summary>
/// One line for an error that stopped a command: the AWS ErrorCode and message, never a stack trace.
/// Operators act on the code (AccessDeniedException, ResourceNotFoundException, …), so it comes first.
/// </summary>
internal static class ErrorMessages
{
    /// <summary>The error in one line, with what to do when the cause is the CLI's own setup (region, credentials).</summary>
    public static string Describe(Exception exception) =>
        exception is TickErrorsException tick
            ? tick.Message // already one "error:" line per table, each with its hint
            : WithHint(Output.Formats.OneLine(DescribeOnly(exception)));

    /// <summary>
    /// <paramref name="message"/> with a hint when it shows a setup problem the SDK reports without one: no region, no
    /// credentials. The SDK's wording is matched because it has no error code for them (they never reach AWS).
    /// </summary>
    public static string WithHint(string message) => message switch
    {
        _ when message.Contains("RegionEndpoint", StringComparison.Ordinal) =>
            message + " (set AWS_REGION or a region in your AWS profile; for a local endpoint also set AWS_ENDPOINT_URL_DYNAMODB)",
        _ when message.Contains("credentials", StringComparison.OrdinalIgnoreCase) && !message.Contains("AWS_PROFILE", StringComparison.Ordinal) =>
            message + " (configure credentials: aws configure or aws sso login, AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)",
        _ => message,
    };

    private static string DescribeOnly(Exception exception)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            return DescribeOnly(aggregate.InnerExceptions[0]);
        }

        if (Unreachable(exception) is { } http)
        {
            return $"cannot reach the DynamoDB endpoint: {http.Message}";
        }

        return exception switch
        {
            AmazonServiceException service when !string.IsNullOrEmpty(service.ErrorCode) =>
                $"{service.ErrorCode}: {service.Message}",
            AmazonServiceException service => $"HTTP {(int)service.StatusCode}: {service.Message}",
            AwsCallException call => call.Message,
            AmazonClientException client => client.Message,
            InvalidSettingsException settings => settings.Message,
            StateTableSchemaException schema => schema.Message,
            LakeInputException lake => lake.Message,
            UnknownTableException unknown => $"unknown table '{unknown.Requested}' (configured: {string.Join(", ", unknown.Configured)})",
            ConcurrentChangeException changing => changing.Message,
            OperationCanceledException => "cancelled",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
    }

    // The SDK reports a refused connection as an HttpRequestException, sometimes wrapped in its own exceptions.
    private static HttpRequestException? Unreachable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException http)
            {
                return http;
            }
        }

        return null;
    }
}
