using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// Writes <see cref="InvocationResponse"/> with <see cref="InvocationJson.Options"/> and ignores the caller's options:
/// the Lambda's serializer keeps PascalCase names and writes enums as numbers, which the documented response is not.
/// </summary>
internal sealed class InvocationResponseJsonConverter : JsonConverter<InvocationResponse>
{
    public override InvocationResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("InvocationResponse is only written; read it as a JsonDocument.");

    public override void Write(Utf8JsonWriter writer, InvocationResponse value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("ok", value.Ok);
        Member(writer, "action", value.Action);
        Member(writer, "error", value.Error);
        Member(writer, "message", value.Message);
        Member(writer, "changed", value.Changed);
        Member(writer, "startedAt", value.StartedAt);
        Member(writer, "finishedAt", value.FinishedAt);
        Member(writer, "stopStartingAt", value.StopStartingAt);
        Member(writer, "stoppedForDeadline", value.StoppedForDeadline);
        Member(writer, "nextWakeUp", value.NextWakeUp);
        Member(writer, "wakeUpError", value.WakeUpError);
        Member(writer, "tables", value.Tables);
        Member(writer, "history", value.History);
        writer.WriteEndObject();
    }

    private static void Member<T>(Utf8JsonWriter writer, string name, T? value)
    {
        if (value is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, InvocationJson.Options);
    }
}
