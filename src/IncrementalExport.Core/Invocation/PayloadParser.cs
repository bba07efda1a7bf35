using System.Text.Json;
using IncrementalExport.Core.Model;
using IncrementalExport.Core.Settings;

namespace IncrementalExport.Core.Invocation;

/// <summary>
/// Reads an invocation payload strictly: any key, type, action or table it does not know rejects the whole
/// payload with one message naming the key and the value, so a typo never runs something else.
/// </summary>
internal static class PayloadParser
{
    private const string Action = "action";
    private const string TablesKey = "tables";
    private const string TableKey = "table";
    private const string FromKey = "from";
    private const int ShownTables = 10;

    private static readonly string[] Keys = [Action, TablesKey, TableKey, FromKey];

    /// <summary>The request in <paramref name="payload"/>, checked against the configured tables.</summary>
    public static PayloadParseResult Parse(JsonElement payload, ExportSettings settings)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return Fail($"payload: expected a JSON object such as {{\"action\":\"tick\"}}, got {Show(payload)}");
        }

        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in payload.EnumerateObject())
        {
            if (!Keys.Contains(member.Name, StringComparer.Ordinal))
            {
                return Fail($"{member.Name}: unknown key; a payload has only action, tables, table and from");
            }

            if (!members.TryAdd(member.Name, member.Value))
            {
                return Fail($"{member.Name}: the key appears more than once");
            }
        }

        var action = InvocationAction.Tick;
        if (members.TryGetValue(Action, out var actionValue))
        {
            if (actionValue.ValueKind != JsonValueKind.String || !TryParseAction(actionValue.GetString(), out action))
            {
                return Fail($"action: {Show(actionValue)} is not an action; expected tick, pause, resume, reset, status or history");
            }
        }

        var name = action.ToString().ToLowerInvariant();
        return Refuse(members, action, name) is { } refusal ? Fail(refusal) : Build(members, action, settings);
    }

    /// <summary>The first key that the action does not take, as an error.</summary>
    private static string? Refuse(Dictionary<string, JsonElement> members, InvocationAction action, string name)
    {
        if (members.ContainsKey(FromKey) && action != InvocationAction.Reset)
        {
            return $"from: only valid with action reset (the action is {name})";
        }

        if (members.ContainsKey(TablesKey) && action is not (InvocationAction.Tick or InvocationAction.Status))
        {
            return $"tables: not valid with action {name}; name its one table with \"table\"";
        }

        if (members.ContainsKey(TableKey) && action == InvocationAction.Tick)
        {
            return "table: not valid with action tick; list the tables to tick in \"tables\"";
        }

        if (members.ContainsKey(TableKey) && members.ContainsKey(TablesKey))
        {
            return $"table: give either \"table\" or \"tables\" for action {name}, not both";
        }

        var needsTable = action is not (InvocationAction.Tick or InvocationAction.Status);
        return needsTable && !members.ContainsKey(TableKey) ? $"table: required for action {name}" : null;
    }

    private static PayloadParseResult Build(Dictionary<string, JsonElement> members, InvocationAction action, ExportSettings settings)
    {
        IReadOnlyList<string>? tables = null;
        if (members.TryGetValue(TablesKey, out var tablesValue))
        {
            var listed = ReadTables(tablesValue, settings, out var error);
            if (listed is null)
            {
                return Fail(error!);
            }

            tables = listed;
        }

        string? table = null;
        if (members.TryGetValue(TableKey, out var tableValue))
        {
            table = Resolve(tableValue, TableKey, settings, out var error);
            if (table is null)
            {
                return Fail(error!);
            }

            // Status of one table is the status of a one-element selection.
            tables = action == InvocationAction.Status ? [table] : null;
        }

        DateTimeOffset? from = null;
        if (members.TryGetValue(FromKey, out var fromValue))
        {
            if (fromValue.ValueKind != JsonValueKind.String || IsoTimestamp.Parse(fromValue.GetString()!, out _) is not { } parsed)
            {
                return Fail($"from: {Show(fromValue)} is not an ISO-8601 time with an offset, e.g. \"2026-11-24T10:00:00Z\"");
            }

            from = parsed;
        }

        return PayloadParseResult.Valid(new InvocationRequest(action, tables, table, from));
    }

    private static List<string>? ReadTables(JsonElement value, ExportSettings settings, out string? error)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            error = $"tables: expected a non-empty array of table names or ARNs, got {Show(value)}; omit it to tick every table";
            return null;
        }

        var names = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"tables[{index++}]";
            var resolved = Resolve(item, path, settings, out error);
            if (resolved is null)
            {
                return null;
            }

            if (names.Contains(resolved, StringComparer.Ordinal))
            {
                error = $"{path}: {Show(item)} names table {resolved} a second time";
                return null;
            }

            names.Add(resolved);
        }

        error = null;
        return names;
    }

    /// <summary>The configured name of the table <paramref name="value"/> names (<see cref="ExportSettings.ResolveTable"/>).</summary>
    private static string? Resolve(JsonElement value, string path, ExportSettings settings, out string? error)
    {
        error = null;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"{path}: expected a table name or ARN, got {Show(value)}";
            return null;
        }

        try
        {
            return settings.ResolveTable(text).Name;
        }
        catch (UnknownTableException e)
        {
            var shown = string.Join(", ", e.Configured.Take(ShownTables));
            var more = e.Configured.Count > ShownTables ? $" and {e.Configured.Count - ShownTables} more" : "";
            error = $"{path}: {Show(value)} is not a configured table; configured: {shown}{more}";
            return null;
        }
    }

    private static bool TryParseAction(string? text, out InvocationAction action)
    {
        var matches = Enum.GetValues<InvocationAction>().Where(a => string.Equals(a.ToString().ToLowerInvariant(), text, StringComparison.Ordinal)).ToList();
        action = matches.FirstOrDefault();
        return matches.Count > 0;
    }

    /// <summary>The value as JSON, shortened: error messages quote what was sent.</summary>
    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 80 ? raw : string.Concat(raw.AsSpan(0, 77), "...");
    }

    private static PayloadParseResult Fail(string error) => PayloadParseResult.Invalid(error);
}
