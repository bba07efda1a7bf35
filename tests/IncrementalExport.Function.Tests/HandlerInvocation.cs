using System.Text.Json;
using Amazon.Lambda.TestUtilities;

namespace IncrementalExport.Function.Tests;

/// <summary>One invocation of the generated handler as Lambda makes it: the payload and the response through the function's serializer.</summary>
internal static class HandlerInvocation
{
    public static async Task<JsonElement> InvokeAsync(ExportFunction_Handle_Generated handler, string payload)
    {
        var response = await handler.Handle(FunctionSerializer.Payload(payload), new TestLambdaContext { RemainingTime = TimeSpan.FromMinutes(5) });
        using var document = JsonDocument.Parse(FunctionSerializer.Response(response));
        return document.RootElement.Clone();
    }
}
