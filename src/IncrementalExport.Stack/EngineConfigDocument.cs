using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// Turns the engine keys of the stack config into the settings JSON document the engine validates. Config values
/// arrive as text (numbers and booleans too; objects and lists as JSON); anything that does not convert is passed
/// on as a string, so the engine's validation reports it under its own key.
/// </summary>
internal static class EngineConfigDocument
{
    // The destination is created by the stack; these stand-ins only let the engine validate the rest.
    public const string PlaceholderBucket = "incremental-export-placeholder";
    public const string PlaceholderStateTable = "incremental-export-placeholder-state";
    public const string PlaceholderKmsKeyArn = "arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000";

    public static string Build(Func<string, string?> get, List<SettingsError> errors)
    {
        var document = new JsonObject
        {
            [SettingsKeys.Bucket] = PlaceholderBucket,
            [SettingsKeys.StateTable] = PlaceholderStateTable,
            [SettingsKeys.KmsKeyArn] = PlaceholderKmsKeyArn,
        };

        foreach (var key in StackConfigKeys.EngineKeys)
        {
            var raw = get(key);
            if (raw is null)
            {
                continue;
            }

            JsonNode? node = key == StackConfigKeys.Tables ? Tables(raw, errors) : Scalar(key, raw);
            if (node is not null)
            {
                document[key] = node;
            }
        }

        if (get(StackConfigKeys.Tables) is null)
        {
            errors.Add(new SettingsError(
                StackConfigKeys.Qualified(StackConfigKeys.Tables),
                "is required: list the source tables, e.g. `pulumi config set --path 'tables[0].table' orders`"));
        }

        return document.ToJsonString();
    }

    private static JsonValue Scalar(string key, string raw)
    {
        // Any number passes as a number ("30.0", "3e1" too), so the engine's own rule decides what is whole and in range.
        if (StackConfigKeys.EngineNumberKeys.Contains(key)
            && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if (key == SettingsKeys.AlignWindows && bool.TryParse(raw, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return JsonValue.Create(raw);
    }

    // A table may be written as just its name; the engine's document wants {"table": name}.
    private static JsonArray? Tables(string raw, List<SettingsError> errors)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is not JsonArray list)
        {
            errors.Add(new SettingsError(
                StackConfigKeys.Qualified(StackConfigKeys.Tables),
                $"'{raw}' is not a list of tables; write it as a YAML list of {{table: <name or ARN>}} entries"));
            return null;
        }

        var normalized = new JsonArray();
        foreach (var item in list)
        {
            normalized.Add(item is JsonValue value && value.TryGetValue<string>(out var name)
                ? new JsonObject { [SettingsKeys.Table] = name }
                : item?.DeepClone());
        }

        return normalized;
    }
}
