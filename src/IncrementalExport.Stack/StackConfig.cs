using IncrementalExport.Core.Settings;

namespace IncrementalExport.Stack;

/// <summary>
/// Reads the stack config once into <see cref="StackSettings"/>. The engine keys go through the engine's own
/// validation (<see cref="SettingsJson.Parse"/>), so the stack and the Lambda can never disagree about what is
/// valid; every error names the key as written in Pulumi.&lt;stack&gt;.yaml, and all of them are reported at once.
/// </summary>
public static class StackConfig
{
    /// <summary>
    /// Reads and validates the config. <paramref name="get"/> returns a key's raw value (what
    /// <c>Pulumi.Config.Get(key)</c> returns: text, objects and lists as JSON) or null when unset;
    /// <paramref name="presentKeys"/>, when given, are all keys set in the namespace, so unknown ones (typos) are reported.
    /// </summary>
    public static StackConfigResult Read(Func<string, string?> get, IEnumerable<string>? presentKeys = null) =>
        Read(get, presentKeys, SettingsJson.Parse);

    /// <summary>The bare keys set in the <c>incremental-export</c> namespace of a PULUMI_CONFIG document.</summary>
    /// <remarks>
    /// The Pulumi .NET language host passes the stack's config to the program as the JSON object in the
    /// PULUMI_CONFIG environment variable ({"project:key": "value"}; older hosts write "project:config:key").
    /// The SDK keeps its parsed copy internal, so the program reads the variable itself to find typos.
    /// </remarks>
    public static IReadOnlyList<string> KeysInNamespace(string? pulumiConfigJson)
    {
        if (string.IsNullOrWhiteSpace(pulumiConfigJson))
        {
            return [];
        }

        using var document = System.Text.Json.JsonDocument.Parse(pulumiConfigJson);
        var prefix = StackConfigKeys.Namespace + ":";
        var legacyPrefix = prefix + "config:";
        var keys = new List<string>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var name = property.Name;
            if (name.StartsWith(legacyPrefix, StringComparison.Ordinal))
            {
                keys.Add(name[legacyPrefix.Length..]);
            }
            else if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                keys.Add(name[prefix.Length..]);
            }
        }

        return keys;
    }

    internal static StackConfigResult Read(
        Func<string, string?> get, IEnumerable<string>? presentKeys, Func<string, SettingsResult> parseEngineSettings)
    {
        ArgumentNullException.ThrowIfNull(get);
        var errors = new List<SettingsError>();
        if (presentKeys is not null)
        {
            errors.AddRange(UnknownKeys.Find(presentKeys));
        }

        var document = EngineConfigDocument.Build(get, errors);
        var engine = parseEngineSettings(document);
        foreach (var error in engine.Errors)
        {
            var key = StackConfigKeys.Qualified(error.Path);
            if (!errors.Any(e => e.Path == key))
            {
                errors.Add(new SettingsError(key, error.Message));
            }
        }

        var settings = DeploymentConfigReader.Read(get, engine.Settings, errors);
        if (settings is not null && SettingsItemFit.Check(settings) is { } tooLarge)
        {
            errors.Add(tooLarge);
        }

        return errors.Count > 0 || settings is null
            ? new StackConfigResult(null, errors)
            : new StackConfigResult(settings, []);
    }
}
