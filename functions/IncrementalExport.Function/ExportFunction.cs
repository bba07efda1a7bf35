using System.Text.Json;
using Amazon.Lambda.Annotations;
using Amazon.Lambda.Core;
using IncrementalExport.Core.Invocation;
using IncrementalExport.Core.Reports;

namespace IncrementalExport.Function;

/// <summary>
/// The Lambda entry. Annotations generates <c>ExportFunction_Handle_Generated</c>; the stack reads the handler string
/// from the built assembly (src/IncrementalExport.Stack/FunctionHandler.cs).
/// </summary>
public sealed class ExportFunction(InvocationHost host)
{
    /// <summary>Handles one payload (see docs/function.md) with the time the Lambda has left.</summary>
    [LambdaFunction]
    public Task<ActionReport> Handle(JsonElement payload, ILambdaContext context) =>
        host.HandleAsync(payload, context.RemainingTime, CancellationToken.None);
}
