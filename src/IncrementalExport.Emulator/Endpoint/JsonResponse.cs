using System.Buffers;
using System.Text.Json;

namespace IncrementalExport.Emulator.Endpoint;

/// <summary>Writes JSON 1.0 bodies: success documents and AWS-shaped error documents.</summary>
internal static class JsonResponse
{
    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The SDK takes the part of <c>__type</c> after '#' as the ErrorCode; the prefixes are the ones AWS sends.</summary>
    public static byte[] Error(string errorCode, string message) => Write(w =>
    {
        var prefix = errorCode switch
        {
            "ValidationException" => "com.amazon.coral.validate",
            "ThrottlingException" => "com.amazon.coral.availability",
            "SerializationException" => "com.amazon.coral.service",
            _ => "com.amazonaws.dynamodb.v20120810",
        };
        w.WriteString("__type", $"{prefix}#{errorCode}");
        w.WriteString("message", message);
    });

    /// <summary>Epoch seconds with milliseconds, as AWS sends timestamps in JSON 1.0.</summary>
    public static void WriteTime(this Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            writer.WriteNumber(name, t.ToUnixTimeMilliseconds() / 1000m);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
