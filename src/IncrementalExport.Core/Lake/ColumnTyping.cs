namespace IncrementalExport.Core.Lake;

/// <summary>
/// The column rules of the apply model: key attributes first (in key-schema order), then every other top-level
/// attribute in ordinal order, then <see cref="ColumnSpec.ItemColumn"/>. A column is typed only when all current values
/// of its attribute have one scalar type and the type holds them exactly; otherwise it holds DynamoDB JSON, and
/// <see cref="ColumnSpec.ItemColumn"/> keeps the whole item in any case.
/// </summary>
public static class ColumnTyping
{
    /// <summary>The columns for <paramref name="stats"/>; <paramref name="keyNames"/> are the table's key attributes.</summary>
    public static IReadOnlyList<ColumnSpec> Infer(AttributeStats stats, IReadOnlyList<string> keyNames) =>
        Build(stats, keyNames, [], name => name, [ColumnSpec.ItemColumn]);

    /// <summary>
    /// The columns a table that already has <paramref name="existing"/> adds for the attributes of
    /// <paramref name="stats"/> it does not have yet, typed by the same rules from the values in <paramref name="stats"/>
    /// (a table whose columns only grow, such as an Iceberg table kept by merges). Their names come from
    /// <paramref name="naming"/> and never collide, case-insensitively, with an existing or a <paramref name="reserved"/> name.
    /// </summary>
    public static IReadOnlyList<ColumnSpec> Extend(
        IReadOnlyList<ColumnSpec> existing, AttributeStats stats, IReadOnlyList<string> keyNames, Func<string, string> naming, IEnumerable<string> reserved)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return Build(stats, keyNames, existing.Select(c => c.Attribute).ToHashSet(StringComparer.Ordinal), naming, existing.Select(c => c.Column).Concat(reserved));
    }

    private static List<ColumnSpec> Build(
        AttributeStats stats, IReadOnlyList<string> keyNames, HashSet<string> skip, Func<string, string> naming, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(keyNames);
        var attributes = keyNames.Where(stats.Attributes.Contains)
            .Concat(stats.Attributes.Where(a => !keyNames.Contains(a)).Order(StringComparer.Ordinal))
            .Where(a => !skip.Contains(a))
            .ToList();

        // Column names compare case-insensitively in SQL engines, and _item is taken: later attributes get a suffix.
        var names = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var columns = new List<ColumnSpec>();
        foreach (var attribute in attributes)
        {
            var name = naming(attribute);
            var stem = name;
            for (var n = 2; !names.Add(name); n++)
            {
                name = $"{stem}_{n}";
            }

            var (kind, scale) = KindOf(stats.Of(attribute));
            columns.Add(new ColumnSpec(attribute, name, kind, scale, keyNames.Contains(attribute)));
        }

        return columns;
    }

    private static (ColumnKind Kind, int Scale) KindOf(AttributeStats.Observed observed)
    {
        if (observed.Types.Count != 1)
        {
            return (ColumnKind.Json, 0);
        }

        return observed.Types.Single() switch
        {
            "S" => (ColumnKind.Text, 0),
            "BOOL" => (ColumnKind.Bool, 0),
            "B" => (ColumnKind.Binary, 0),
            "N" when observed.BadNumber => (ColumnKind.Json, 0),
            "N" when observed.AllInt64 => (ColumnKind.BigInt, 0),
            "N" when observed.IntegerDigits + observed.Scale <= ColumnSpec.MaxPrecision => (ColumnKind.Numeric, observed.Scale),
            "N" => (ColumnKind.NumberText, 0),
            _ => (ColumnKind.Json, 0),
        };
    }
}
