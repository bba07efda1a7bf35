using Amazon.Runtime;

namespace IncrementalExport.Core.Aws;

/// <summary>
/// The one place that turns AWS errors into what the engine does about them. It reads ErrorCode, never the
/// exception type: ThrottlingException, for one, is never typed, and others are typed on one operation only.
/// </summary>
internal static class AwsErrorClassifier
{
    private static readonly Dictionary<string, AwsErrorKind> ByCode = new(StringComparer.Ordinal)
    {
        ["ThrottlingException"] = AwsErrorKind.Transient,
        ["Throttling"] = AwsErrorKind.Transient,
        ["ProvisionedThroughputExceededException"] = AwsErrorKind.Transient,
        ["RequestLimitExceeded"] = AwsErrorKind.Transient,
        ["LimitExceededException"] = AwsErrorKind.Transient,
        ["InternalServerError"] = AwsErrorKind.Transient,
        ["InternalServerException"] = AwsErrorKind.Transient,
        ["TooManyRequestsException"] = AwsErrorKind.Transient,
        ["InternalFailure"] = AwsErrorKind.Transient,
        ["ServiceUnavailable"] = AwsErrorKind.Transient,
        ["ServiceUnavailableException"] = AwsErrorKind.Transient,
        ["ConditionalCheckFailedException"] = AwsErrorKind.ConditionFailed,
        ["TableNotFoundException"] = AwsErrorKind.TableNotFound,
        ["ResourceNotFoundException"] = AwsErrorKind.TableNotFound,
        ["PointInTimeRecoveryUnavailableException"] = AwsErrorKind.PitrUnavailable,
        ["InvalidExportTimeException"] = AwsErrorKind.InvalidExportTime,
        ["ExportConflictException"] = AwsErrorKind.ExportConflict,
        ["ExportNotFoundException"] = AwsErrorKind.ExportNotFound,
    };

    /// <summary>The classified form of <paramref name="error"/>.</summary>
    public static AwsCallException Classify(AmazonServiceException error) =>
        Classify(error.ErrorCode, (int)error.StatusCode, error.Message, error);

    /// <summary>The classified form of an error given by its parts (for models of AWS that do not throw SDK exceptions).</summary>
    public static AwsCallException Classify(string? errorCode, int statusCode, string message, Exception? inner = null)
    {
        var code = string.IsNullOrEmpty(errorCode) ? $"HTTP{statusCode}" : errorCode;
        var kind = ByCode.TryGetValue(code, out var known)
            ? known
            : statusCode >= 500 ? AwsErrorKind.Transient : AwsErrorKind.Permanent;
        return new AwsCallException(kind, code, message, inner);
    }

    /// <summary>A failure to reach AWS at all (network, timeout): the next tick retries.</summary>
    public static AwsCallException Unreachable(Exception error) =>
        new(AwsErrorKind.Transient, error.GetType().Name, error.Message, error) { Unreachable = true };

    /// <summary>Runs one AWS call and classifies whatever it throws.</summary>
    public static async Task<T> Call<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (AmazonServiceException e)
        {
            throw Classify(e);
        }
        catch (AmazonClientException e)
        {
            throw Unreachable(e);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(e);
        }
    }
}
