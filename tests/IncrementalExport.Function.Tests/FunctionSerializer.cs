using System.Reflection;
using System.Text.Json;
using Amazon.Lambda.Core;

namespace IncrementalExport.Function.Tests;

/// <summary>The serializer the Lambda runtime uses for the function: the one its assembly names.</summary>
internal static class FunctionSerializer
{
    public static ILambdaSerializer Create()
    {
        var named = typeof(ExportFunction).Assembly.GetCustomAttribute<LambdaSerializerAttribute>()!.SerializerType;
        return (ILambdaSerializer)Activator.CreateInstance(named)!;
    }

    /// <summary>The payload as the runtime delivers it.</summary>
    public static JsonElement Payload(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Create().Deserialize<JsonElement>(stream);
    }

    /// <summary>The bytes the runtime returns for <paramref name="response"/>.</summary>
    public static byte[] Response<T>(T response)
    {
        using var stream = new MemoryStream();
        Create().Serialize(response, stream);
        return stream.ToArray();
    }
}
