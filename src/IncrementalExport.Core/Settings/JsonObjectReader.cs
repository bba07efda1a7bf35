using System.Text.Json;

namespace IncrementalExport.Core.Settings;

/// <summary>
/// Reads the keys of one JSON object, recording every problem under its path instead of stopping at the
/// first. The keys a caller asks for are the known keys; <see cref="Finish"/> reports all others.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<SettingsError> _errors;
    private readonly string _path;

    private JsonObjectReader(string path, List<SettingsError> errors)
    {
        _path = path;
        _errors = errors;
    }

    /// <summary>The reader for an object, or null (with the error recorded) when the element is not one.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<SettingsError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path.Length == 0 ? SettingsKeys.Document : path, $"{Show(element)} is not an object"));
            return null;
        }

        var reader = new JsonObjectReader(path, errors);
        foreach (var property in element.EnumerateObject())
        {
            // Last-one-wins would silently drop a value the author believes is in effect.
            if (!reader._properties.TryAdd(property.Name, property.Value))
            {
                errors.Add(new(reader.PathOf(property.Name), "appears more than once"));
            }
        }

        return reader;
    }

    public string PathOf(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    /// <summary>The value of a key, or null when it is absent (or null and <paramref name="nullMeansAbsent"/>).</summary>
    public JsonElement? Value(string key, bool required = false, bool nullMeansAbsent = false)
    {
        _known.Add(key);
        if (!_properties.TryGetValue(key, out var value) || (nullMeansAbsent && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                _errors.Add(new(PathOf(key), "is required"));
            }

            return null;
        }

        return value;
    }

    public string? String(string key, bool required = false, bool nullMeansAbsent = false) =>
        Value(key, required, nullMeansAbsent) is { } value ? Expect(key, value, JsonValueKind.String, "a string")?.GetString() : null;

    public bool? Bool(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Report(key, $"{Show(value)} is not true or false");
        return null;
    }

    public IReadOnlyList<JsonElement>? Array(string key, bool required = false) =>
        Value(key, required) is { } value ? Expect(key, value, JsonValueKind.Array, "a list")?.EnumerateArray().ToList() : null;

    /// <summary>
    /// A whole number: any JSON number with an integral value (30, 30.0, 3e1). <paramref name="range"/> (e.g. "15 to 1440")
    /// is named when the value is not one or does not fit, so the message says what is accepted.
    /// </summary>
    public int? Int(string key, string range)
    {
        if (Value(key) is not { } value || Expect(key, value, JsonValueKind.Number, $"a whole number ({range})") is not { } number)
        {
            return null;
        }

        if (number.TryGetInt32(out var result))
        {
            return result;
        }

        // TryGetDecimal reads exponents too; a number beyond decimal (1e40) or double (1e400) is integral and huge.
        bool integral;
        if (number.TryGetDecimal(out var d))
        {
            integral = decimal.Truncate(d) == d;
            if (integral && d >= int.MinValue && d <= int.MaxValue)
            {
                return (int)d;
            }
        }
        else
        {
            integral = !number.TryGetDouble(out var x) || Math.Floor(x) == x;
        }

        Report(key, $"{Show(number)} is {(integral ? "out of range" : "not a whole number")} ({range})");
        return null;
    }

    public T? Enum<T>(string key, EnumSpelling<T> spelling)
        where T : struct, System.Enum
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (spelling.TryParse(text, out var value))
        {
            return value;
        }

        Report(key, spelling.Problem($"'{text}'", text));
        return null;
    }

    public void Report(string key, string message) => _errors.Add(new(PathOf(key), message));

    /// <summary>Reports every key no caller asked for, with the known key it was probably meant to be.</summary>
    public void Finish()
    {
        foreach (var key in _properties.Keys.Where(k => !_known.Contains(k)))
        {
            var suggestion = NearestName.Suggest(key, _known);
            Report(key, suggestion is null ? "unknown key" : $"unknown key (did you mean {suggestion}?)");
        }
    }

    private JsonElement? Expect(string key, JsonElement value, JsonValueKind kind, string what)
    {
        if (value.ValueKind == kind)
        {
            return value;
        }

        Report(key, $"{Show(value)} is not {what}");
        return null;
    }

    /// <summary>The value as written, shortened so one message stays one line.</summary>
    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText().ReplaceLineEndings(" ");
        return raw.Length <= 60 ? raw : raw[..57] + "...";
    }
}
