namespace IncrementalExport.Core.Aws;

/// <summary>The SDK's DateTime values, read and written as UTC whatever their Kind says.</summary>
internal static class AwsTime
{
    /// <summary>A UTC DateTimeOffset from an SDK value (Unspecified is taken as UTC, as the wire format is).</summary>
    public static DateTimeOffset? From(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } v => new DateTimeOffset(v.ToUniversalTime(), TimeSpan.Zero),
        { } v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc), TimeSpan.Zero),
    };

    /// <summary>A UTC DateTime for a request.</summary>
    public static DateTime To(DateTimeOffset value) => value.UtcDateTime;
}
