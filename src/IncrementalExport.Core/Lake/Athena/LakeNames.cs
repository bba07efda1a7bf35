using System.Security.Cryptography;
using System.Text;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// Glue and Athena names: lower-case letters, digits and underscores only. A DynamoDB table name that is already of
/// that form (and has no "__", which the lake's own suffixes use) is kept; any other gets its characters replaced and
/// a hash of the original appended, so two tables never map to one name.
/// </summary>
public static class LakeNames
{
    /// <summary>The stable name readers query: a view over the current epoch's Iceberg table.</summary>
    public static string View(string table) => Glue(table);

    /// <summary>The Iceberg table of one epoch.</summary>
    public static string Iceberg(string table, int epoch) => $"{Glue(table)}__e{epoch}";

    /// <summary>The table of raw export lines (partition projection over the export files).</summary>
    public static string Source(string table) => $"{Glue(table)}__exports";

    /// <summary>A column's name for an attribute: lower case, other characters as '_' (collisions are suffixed by <see cref="ColumnTyping"/>).</summary>
    public static string Column(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var name = Clean(attribute);
        return name.Length == 0 ? "_" : name;
    }

    /// <summary>The Glue name for a DynamoDB table name.</summary>
    public static string Glue(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var clean = Clean(table);
        if (clean == table && !table.Contains("__", StringComparison.Ordinal))
        {
            return table;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(table)))[..8].ToLowerInvariant();
        return $"{clean.Replace("__", "_", StringComparison.Ordinal).Trim('_')}_{hash}";
    }

    private static string Clean(string name) =>
        string.Concat(name.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' ? c : c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) : '_'));
}
