using System.Text.Json;
using Amazon.Lambda.Annotations;
using Amazon.Lambda.Core;
using IncrementalExport.Core.Invocation;

namespace IncrementalExport.Function;

/// <summary>
/// The Lambda entry. Annotations generates <c>ExportFunction_Handle_Generated</c>, so the handler string is
/// <c>IncrementalExport.Function::IncrementalExport.Function.ExportFunction_Handle_Generated::Handle</c>.
/// </summary>
public sealed class ExportFunction(InvocationService service)
{
    /// <summary>Handles one payload (see docs/function.md) with the time the Lambda has left.</summary>
    [LambdaFunction]
    public Task<InvocationResponse> Handle(JsonElement payload, ILambdaContext context) =>
        service.HandleAsync(payload, context.RemainingTime, CancellationToken.None);
}
