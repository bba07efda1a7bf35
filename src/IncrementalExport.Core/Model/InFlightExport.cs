namespace IncrementalExport.Core.Model;

/// <summary>
/// An export the engine has decided to start. Written before the start call (intent, no ARN) and again
/// with the ARN after it, so a crash in between is repaired by re-issuing the same request with the same token.
/// </summary>
/// <param name="Window">What it covers.</param>
/// <param name="Attempt">Which attempt at this window it is (part of the client token).</param>
/// <param name="ClientToken">The deterministic idempotency token of the request.</param>
/// <param name="S3Prefix">The S3 prefix the request names.</param>
/// <param name="RequestedAt">When the intent was recorded.</param>
/// <param name="ExportArn">The export's ARN once AWS returned it.</param>
/// <param name="AwsTimeAtIntent">
/// AWS's clock when the intent was recorded, as LatestRestorableDateTime showed it: the age of an intent is measured on
/// the clock that keeps client tokens, not only on the engine host's.
/// </param>
/// <param name="Target">
/// The bucket, owner, key, format and view type the request names (null only for intents recorded before they were kept).
/// </param>
public sealed record InFlightExport(
    ExportWindow Window,
    int Attempt,
    string ClientToken,
    string S3Prefix,
    DateTimeOffset RequestedAt,
    string? ExportArn = null,
    DateTimeOffset? AwsTimeAtIntent = null,
    ExportTarget? Target = null);
