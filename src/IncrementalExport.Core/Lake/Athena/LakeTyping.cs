using System.Globalization;

namespace IncrementalExport.Core.Lake.Athena;

/// <summary>
/// The typing query: over the current images of the keys an apply changes, one row per top-level attribute and
/// DynamoDB type seen, with what <see cref="AttributeStats"/> keeps of its numbers (the exact sizes of
/// <see cref="DynamoNumber"/>, computed from the number's text in SQL). Its answer is a few rows per attribute
/// whatever the size of the exports, so the function reads it with GetQueryResults instead of reading export files.
/// </summary>
public static class LakeTyping
{
    /// <summary>The columns of the answer, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["attribute", "type", "integer_digits", "scale", "beyond_int64", "bad_number"];

    // A DynamoDB number's text: sign, integer digits, fraction digits, exponent (groups 1, 3, 5).
    private const string NumberPattern = "^[+-]?([0-9]*)(\\.([0-9]*))?([eE]([+-]?[0-9]+))?$";

    /// <summary>The aggregate over <paramref name="images"/>, a query whose column <c>image</c> is each current image as JSON.</summary>
    public static string Query(string images)
    {
        var pattern = SqlText.Literal(NumberPattern);
        var group = (int g) => $"COALESCE(regexp_extract(num, {pattern}, {g.ToString(CultureInfo.InvariantCulture)}), '')";
        return $"""
            SELECT attribute, type,
                   max(integer_digits) AS integer_digits, max(scale) AS scale,
                   max(CASE WHEN fits THEN 0 ELSE 1 END) AS beyond_int64, max(CASE WHEN bad THEN 1 ELSE 0 END) AS bad_number
            FROM (
              SELECT attribute, type, bad,
                     CASE WHEN bad OR length(d) = 0 THEN 0 ELSE greatest(0, length(d) + e) END AS integer_digits,
                     CASE WHEN bad OR length(d) = 0 THEN 0 ELSE greatest(0, 0 - e) END AS scale,
                     CASE WHEN bad OR type <> 'N' THEN true WHEN length(d) = 0 THEN true
                          WHEN e < 0 OR length(d) + e > 19 THEN false
                          ELSE TRY_CAST(sign || d || rpad('', CAST(greatest(e, 0) AS INTEGER), '0') AS BIGINT) IS NOT NULL END AS fits
              FROM (
                SELECT attribute, type, bad, sign, regexp_replace(d1, '0+$', '') AS d,
                       e0 + length(d1) - length(regexp_replace(d1, '0+$', '')) AS e
                FROM (
                  SELECT attribute, type, bad, sign, regexp_replace(ip || fp, '^0+', '') AS d1, ex - length(fp) AS e0
                  FROM (
                    SELECT attribute, type, sign, ip, fp, ex,
                           type = 'N' AND (NOT regexp_like(num, {pattern}) OR length(ip || fp) = 0 OR ex IS NULL) AS bad
                    FROM (
                      SELECT attribute, type, num,
                             CASE WHEN num LIKE '-%' THEN '-' ELSE '' END AS sign,
                             {group(1)} AS ip, {group(3)} AS fp,
                             CASE WHEN {group(5)} = '' THEN 0 ELSE TRY_CAST({group(5)} AS INTEGER) END AS ex
                      FROM (
                        SELECT a.attribute, t.type,
                               CASE WHEN t.type = 'N' THEN CASE WHEN json_format(t.typed) LIKE '"%' THEN json_extract_scalar(t.typed, '$') ELSE '' END END AS num
                        FROM (
            {images}
                        ) AS images
                        CROSS JOIN UNNEST(CAST(images.image AS MAP(VARCHAR, JSON))) AS a (attribute, value)
                        CROSS JOIN UNNEST(CAST(a.value AS MAP(VARCHAR, JSON))) AS t (type, typed)
                      ) AS typed_values
                    ) AS parts
                  ) AS checked
                ) AS trimmed
              ) AS sized
            ) AS numbers
            GROUP BY attribute, type
            """;
    }

    /// <summary>The stats the answer's rows give (header row first, as GetQueryResults returns it).</summary>
    public static AttributeStats Stats(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || !rows[0].SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"the typing query's answer does not start with the header {string.Join(", ", Columns)}");
        }

        var stats = new AttributeStats();
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != Columns.Count || row[0] is not { } attribute || row[1] is not { } type)
            {
                throw new InvalidDataException($"the typing query's answer has a malformed row: {string.Join(", ", row)}");
            }

            stats.Observe(attribute, type, Int(row[2]), Int(row[3]), Int(row[4]) == 0, Int(row[5]) != 0);
        }

        return stats;
    }

    private static int Int(string? value) =>
        value is null ? 0 : int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
