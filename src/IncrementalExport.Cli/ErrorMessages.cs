using Amazon.Runtime;
using IncrementalExport.Cli.Commands;
using IncrementalExport.Core.Aws;
using IncrementalExport.Core.Lake;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Cli;

/// <summary>
/// One line for an error that stopped a command: the AWS ErrorCode and message, never a stack trace.
/// Operators act on the code (AccessDeniedException, ResourceNotFoundException, …), so it comes first.
/// </summary>
internal static class ErrorMessages
{
    public static string Describe(Exception exception)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            return Describe(aggregate.InnerExceptions[0]);
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
            TickErrorsException tick => tick.Message,
            LakeInputException lake => lake.Message,

            // The engine refuses operator input it can only check against AWS (reset --from outside the PITR window)
            // with an ArgumentException whose message is written for the operator; the type and parameter are noise.
            ArgumentException argument when argument.ParamName is { } name =>
                argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal),
            ArgumentException argument => argument.Message,
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
