using IncrementalExport.Core.Model;

namespace IncrementalExport.Core.Planning;

/// <summary>What AWS said about the export in flight: its description, or that it does not know it (and what a search by the intent's client token found).</summary>
internal abstract record FollowAnswer
{
    private FollowAnswer()
    {
    }

    /// <summary>DescribeExport answered.</summary>
    public sealed record Described(ExportDescription Export) : FollowAnswer;

    /// <summary>DescribeExport did not know <paramref name="LostArn"/> (<paramref name="ErrorCode"/>); <paramref name="Found"/> is the export with the intent's client token, if any.</summary>
    public sealed record Lost(string LostArn, string ErrorCode, ExportDescription? Found) : FollowAnswer;
}
