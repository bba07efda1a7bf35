
namespace IncrementalExport.Core.Settings;

/// <summary>
/// The rules for the table list: each entry's values, no table twice (state is keyed by the table name,
/// so a name and an ARN of that name are the same table), and no two tables writing under the same keys.
/// </summary>
internal static class TableListValidator
{
    public static void Validate(IReadOnlyList<TableSettings> tables, List<SettingsError> errors)
    {
        if (tables.Count == 0)
        {
            errors.Add(new(SettingsKeys.Tables, "is empty; configure at least one table"));
            return;
        }

        // Every problem is reported: a duplicate is found among the entries with a valid name (whatever else is wrong
        // with them), a prefix collision among the distinct entries with a valid prefix too. A broken name or prefix is
        // reported once, for what is wrong with it, not again for what it seems to collide with.
        var named = new List<int>();
        var prefixed = new HashSet<int>();
        for (var i = 0; i < tables.Count; i++)
        {
            var (nameValid, prefixValid) = ValidateEntry(tables[i], i, errors);
            if (nameValid)
            {
                named.Add(i);
            }

            if (prefixValid)
            {
                prefixed.Add(i);
            }
        }

        var distinct = RejectDuplicates(tables, named, errors);
        RejectOverlappingPrefixes(tables, distinct.Where(prefixed.Contains).ToList(), errors);
    }

    private static (bool NameValid, bool PrefixValid) ValidateEntry(TableSettings table, int index, List<SettingsError> errors)
    {
        var nameProblem = AwsIdentifiers.TableReferenceProblem(table.Table);
        var prefixProblem = table.Prefix is { } prefix ? S3Names.PrefixProblem(prefix, emptyMeans: "the table name") : null;
        SettingsValidator.Add(errors, SettingsKeys.TableKey(index, SettingsKeys.Table), nameProblem);
        SettingsValidator.Add(errors, SettingsKeys.TableKey(index, SettingsKeys.Prefix), prefixProblem);
        SettingsValidator.Add(errors, SettingsKeys.TableKey(index, SettingsKeys.ViewType), SettingsValidator.EnumProblem(table.ViewType, SettingsSpellings.ViewType));
        SettingsValidator.Add(errors, SettingsKeys.TableKey(index, SettingsKeys.ExportFormat), SettingsValidator.EnumProblem(table.Format, SettingsSpellings.Format));
        return (nameProblem is null, prefixProblem is null);
    }

    private static List<int> RejectDuplicates(IReadOnlyList<TableSettings> tables, List<int> candidates, List<SettingsError> errors)
    {
        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<int>();
        foreach (var i in candidates)
        {
            var table = tables[i];
            if (firstByName.TryAdd(table.Name, i))
            {
                distinct.Add(i);
                continue;
            }

            var shown = table.Arn is null ? $"'{table.Table}'" : $"'{table.Table}' (table '{table.Name}')";
            errors.Add(new(
                SettingsKeys.TableKey(i, SettingsKeys.Table),
                $"{shown} is configured twice (also {SettingsKeys.TableAt(firstByName[table.Name])})"));
        }

        return distinct;
    }

    private static void RejectOverlappingPrefixes(IReadOnlyList<TableSettings> tables, List<int> candidates, List<SettingsError> errors)
    {
        for (var b = 1; b < candidates.Count; b++)
        {
            var later = tables[candidates[b]];
            var earlier = candidates.Take(b).FirstOrDefault(a => S3Names.Overlap(tables[a].EffectivePrefix, later.EffectivePrefix), -1);
            if (earlier < 0)
            {
                continue;
            }

            var shown = later.Prefix is null ? $"'{later.EffectivePrefix}' (the default, the table name)" : $"'{later.EffectivePrefix}'";
            errors.Add(new(
                SettingsKeys.TableKey(candidates[b], SettingsKeys.Prefix),
                $"{shown} collides with the prefix '{tables[earlier].EffectivePrefix}' of {SettingsKeys.TableAt(earlier)}: their exports' S3 keys would mix; give each table its own folder"));
        }
    }
}
