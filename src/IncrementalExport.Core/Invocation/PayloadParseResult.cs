using System.Diagnostics.CodeAnalysis;

namespace IncrementalExport.Core.Invocation;

/// <summary>Either a valid request or the one problem that rejected the payload ("key: what is wrong").</summary>
internal sealed record PayloadParseResult(InvocationRequest? Request, string? Error)
{
    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Request is not null;

    public static PayloadParseResult Valid(InvocationRequest request) => new(request, null);

    public static PayloadParseResult Invalid(string error) => new(null, error);
}
