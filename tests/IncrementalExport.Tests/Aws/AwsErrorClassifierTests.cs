using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using IncrementalExport.Core.Aws;

namespace IncrementalExport.Tests.Aws;

/// <summary>The one table that says what the engine does about each AWS error, read from ErrorCode and status.</summary>
public sealed class AwsErrorClassifierTests
{
    public static TheoryData<string?, int, AwsErrorKind, string> Errors => new()
    {
        // Throttling and server errors: leave the state, the next tick retries.
        { "ThrottlingException", 400, AwsErrorKind.Transient, "ThrottlingException" },
        { "Throttling", 400, AwsErrorKind.Transient, "Throttling" },
        { "ProvisionedThroughputExceededException", 400, AwsErrorKind.Transient, "ProvisionedThroughputExceededException" },
        { "RequestLimitExceeded", 400, AwsErrorKind.Transient, "RequestLimitExceeded" },
        { "LimitExceededException", 400, AwsErrorKind.Transient, "LimitExceededException" },
        { "TooManyRequestsException", 429, AwsErrorKind.Transient, "TooManyRequestsException" },
        { "InternalServerError", 500, AwsErrorKind.Transient, "InternalServerError" },
        { "InternalServerException", 500, AwsErrorKind.Transient, "InternalServerException" },
        { "InternalFailure", 500, AwsErrorKind.Transient, "InternalFailure" },
        { "ServiceUnavailable", 503, AwsErrorKind.Transient, "ServiceUnavailable" },
        { "ServiceUnavailableException", 503, AwsErrorKind.Transient, "ServiceUnavailableException" },
        { "SomethingNewException", 502, AwsErrorKind.Transient, "SomethingNewException" },
        { null, 503, AwsErrorKind.Transient, "HTTP503" },
        { "", 500, AwsErrorKind.Transient, "HTTP500" },

        // Errors with their own handling.
        { "ConditionalCheckFailedException", 400, AwsErrorKind.ConditionFailed, "ConditionalCheckFailedException" },
        { "TableNotFoundException", 400, AwsErrorKind.TableNotFound, "TableNotFoundException" },
        { "ResourceNotFoundException", 400, AwsErrorKind.TableNotFound, "ResourceNotFoundException" },
        { "PointInTimeRecoveryUnavailableException", 400, AwsErrorKind.PitrUnavailable, "PointInTimeRecoveryUnavailableException" },
        { "InvalidExportTimeException", 400, AwsErrorKind.InvalidExportTime, "InvalidExportTimeException" },
        { "ExportConflictException", 400, AwsErrorKind.ExportConflict, "ExportConflictException" },
        { "ExportNotFoundException", 400, AwsErrorKind.ExportNotFound, "ExportNotFoundException" },

        // Anything else a client error: a failure of the window.
        { "AccessDeniedException", 400, AwsErrorKind.Permanent, "AccessDeniedException" },
        { "ValidationException", 400, AwsErrorKind.Permanent, "ValidationException" },
        { "throttlingexception", 400, AwsErrorKind.Permanent, "throttlingexception" },
        { null, 403, AwsErrorKind.Permanent, "HTTP403" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Classify_ShouldDecideFromTheErrorCodeThenTheStatus(string? code, int status, AwsErrorKind kind, string shownCode)
    {
        var error = AwsErrorClassifier.Classify(code, status, "the message");

        Assert.Equal((kind, shownCode, false), (error.Kind, error.ErrorCode, error.Unreachable));
        Assert.Equal($"{shownCode}: the message", error.Message);
    }

    [Fact]
    public void Classify_ShouldReadTheErrorCodeOfAnSdkException_NotItsType()
    {
        // ThrottlingException has no type of its own: the SDK throws its base type with the code.
        var throttled = new AmazonDynamoDBException("slow down") { ErrorCode = "ThrottlingException", StatusCode = HttpStatusCode.BadRequest };
        var typed = new ResourceNotFoundException("no table") { ErrorCode = "ResourceNotFoundException", StatusCode = HttpStatusCode.BadRequest };

        Assert.Equal(AwsErrorKind.Transient, AwsErrorClassifier.Classify(throttled).Kind);
        Assert.Equal(AwsErrorKind.TableNotFound, AwsErrorClassifier.Classify(typed).Kind);
    }

    public static TheoryData<Exception> Unreachable => new()
    {
        new AmazonClientException("No RegionEndpoint or ServiceURL is configured"),
        new HttpRequestException("Connection refused"),
        new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"),
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public async Task Call_WhenAwsCannotBeReached_ShouldGiveATransientUnreachableError(Exception thrown)
    {
        var error = await Assert.ThrowsAsync<AwsCallException>(() => AwsErrorClassifier.Call<int>(() => throw thrown, CancellationToken.None));

        Assert.Equal((AwsErrorKind.Transient, true, thrown), (error.Kind, error.Unreachable, error.InnerException));
    }

    [Fact]
    public async Task Call_WhenTheCallerCancels_ShouldLetTheCancellationThrough()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAsync<TaskCanceledException>(() =>
            AwsErrorClassifier.Call<int>(() => throw new TaskCanceledException(), cancel.Token));
    }

    [Fact]
    public async Task Call_ShouldReturnTheAnswerUntouched()
    {
        Assert.Equal(42, await AwsErrorClassifier.Call(() => Task.FromResult(42), CancellationToken.None));
    }
}
