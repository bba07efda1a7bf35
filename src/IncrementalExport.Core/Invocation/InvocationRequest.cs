namespace IncrementalExport.Core.Invocation;

/// <summary>A validated payload; table names are the configured names (an ARN in the payload is resolved to its name).</summary>
/// <param name="Action">What to do.</param>
/// <param name="Tables">The tables to tick or report; null for every configured table.</param>
/// <param name="Table">The one table of pause, resume, reset and history.</param>
/// <param name="From">The full export time a reset asks for; null for the latest restorable time.</param>
internal sealed record InvocationRequest(
    InvocationAction Action,
    IReadOnlyList<string>? Tables = null,
    string? Table = null,
    DateTimeOffset? From = null)
{
    /// <summary>The action as it is written in payloads, logs and responses.</summary>
    public string ActionName => Action.ToString().ToLowerInvariant();
}
