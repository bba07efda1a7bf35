using System.Text.Json;
using IncrementalExport.Core.Engine;
using IncrementalExport.Core.Model;

namespace IncrementalExport.Cli.Output;

/// <summary>The JSON shape of a table's status, shared by status, run, plan and the operator commands.</summary>
internal static class StatusJson
{
    public static void Write(Utf8JsonWriter json, TableStatus status)
    {
        json.WriteStartObject();
        json.WriteString("table", status.Table);
        json.WriteString("phase", status.Phase.ToString());
        json.WriteString("blockReason", status.BlockReason == BlockReason.None ? null : status.BlockReason.ToString());
        json.WriteNumber("epoch", status.Epoch);
        WriteTime(json, "watermark", status.Watermark);
        if (status.Lag is { } lag)
        {
            json.WriteNumber("lagSeconds", (long)Math.Floor(lag.TotalSeconds));
        }
        else
        {
            json.WriteNull("lagSeconds");
        }

        json.WriteString("lag", status.Lag is null ? null : Formats.Lag(status.Lag));
        json.WriteBoolean("paused", status.Paused);
        json.WritePropertyName("inFlight");
        WriteInFlight(json, status.InFlight);
        json.WriteString("lastError", status.LastError);
        json.WriteNumber("consecutiveFailures", status.ConsecutiveFailures);
        json.WritePropertyName("pendingReset");
        if (status.PendingReset is { } reset)
        {
            json.WriteStartObject();
            WriteTime(json, "from", reset.From);
            json.WriteString("requestedAt", Formats.Time(reset.RequestedAt));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        if (status.Apply is { } apply)
        {
            json.WritePropertyName("apply");
            WriteApply(json, apply);
        }

        json.WriteEndObject();
    }

    // The same field names as the function's status response (ApplyStatus).
    private static void WriteApply(Utf8JsonWriter json, ApplyStatus apply)
    {
        json.WriteStartObject();
        WriteNumber(json, "epoch", apply.Epoch);
        WriteNumber(json, "appliedThrough", apply.AppliedThrough);
        WriteTime(json, "appliedTo", apply.AppliedTo);
        WriteNumber(json, "lagSeconds", apply.LagSeconds);
        json.WriteString("applying", apply.Applying);
        json.WriteString("blockedReason", apply.BlockedReason);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteWindow(Utf8JsonWriter json, ExportWindow? window)
    {
        if (window is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteWindowFields(json, window);
        json.WriteEndObject();
    }

    /// <summary>kind, from and to of a window, inside an object the caller opened.</summary>
    public static void WriteWindowFields(Utf8JsonWriter json, ExportWindow window)
    {
        json.WriteString("kind", window.Kind.ToString());
        json.WriteString("from", Formats.Time(window.From));
        json.WriteString("to", Formats.Time(window.To));
    }

    public static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time) =>
        json.WriteString(name, time is { } t ? Formats.Time(t) : null);

    private static void WriteInFlight(Utf8JsonWriter json, InFlightExport? export)
    {
        if (export is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteWindowFields(json, export.Window);
        json.WriteString("exportArn", export.ExportArn);
        json.WriteNumber("attempt", export.Attempt);
        json.WriteString("s3Prefix", export.S3Prefix);
        json.WriteString("requestedAt", Formats.Time(export.RequestedAt));
        json.WriteEndObject();
    }
}
