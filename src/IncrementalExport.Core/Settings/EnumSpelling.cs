using System.Reflection;
using System.Text.Json.Serialization;

namespace IncrementalExport.Core.Settings;

/// <summary>
/// How one enum is spelled in the document (case-sensitive, as AWS spells it), with a message that
/// lists the accepted spellings and suggests the intended one.
/// </summary>
internal sealed class EnumSpelling<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _names;
    private readonly string? _hint;

    /// <param name="names">The accepted spellings, in the order the error message lists them.</param>
    /// <param name="hint">Said when no accepted spelling is close to what was written.</param>
    public EnumSpelling((T Value, string Name)[] names, string? hint = null)
    {
        _names = names;
        _hint = hint;
    }

    /// <summary>
    /// The spellings the enum declares for itself (<see cref="JsonStringEnumMemberNameAttribute"/>), listed in
    /// <paramref name="order"/>.
    /// </summary>
    public static EnumSpelling<T> AsDeclared(T[] order, string? hint = null) =>
        new([.. order.Select(v => (v, typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name))], hint);

    public bool IsDefined(T value) => _names.Any(n => n.Value.Equals(value));

    public string NameOf(T value) =>
        _names.FirstOrDefault(n => n.Value.Equals(value)).Name
        ?? throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no spelling for {value}.");

    public bool TryParse(string text, out T value)
    {
        foreach (var (candidate, name) in _names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The message for a value that is not an accepted spelling; <paramref name="shown"/> is how the value is quoted.</summary>
    public string Problem(string shown, string? written)
    {
        var accepted = _names.Select(n => n.Name).ToList();
        var message = $"{shown} is not {string.Join(", ", accepted[..^1])} or {accepted[^1]}";
        var suggestion = written is null ? null : NearestName.Suggest(written, accepted);
        if (suggestion is not null)
        {
            return $"{message} (did you mean {suggestion}?)";
        }

        return _hint is null ? message : $"{message} ({_hint})";
    }
}
