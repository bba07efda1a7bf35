using System.Text.Json;
using Amazon.Lambda.Serialization.SystemTextJson;
using Amazon.Lambda.TestUtilities;

namespace IncrementalExport.Function.Tests;

/// <summary>One invocation of the generated handler as Lambda makes it: the payload and the response through the function's serializer.</summary>
internal static class HandlerInvocation
{
    public static async Task<JsonElement> InvokeAsync(ExportFunction_Handle_Generated handler, string payload)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(payload));
        var serializer = new DefaultLambdaJsonSerializer();
        var response = await handler.Handle(serializer.Deserialize<JsonElement>(input), new TestLambdaContext { RemainingTime = TimeSpan.FromMinutes(5) });
        using var output = new MemoryStream();
        serializer.Serialize(response, output);
        return JsonDocument.Parse(output.ToArray()).RootElement.Clone();
    }
}
