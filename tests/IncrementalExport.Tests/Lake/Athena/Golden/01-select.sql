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
               type = 'N' AND (NOT regexp_like(num, '^[+-]?([0-9]*)(\.([0-9]*))?([eE]([+-]?[0-9]+))?$') OR length(ip || fp) = 0 OR ex IS NULL) AS bad
        FROM (
          SELECT attribute, type, num,
                 CASE WHEN num LIKE '-%' THEN '-' ELSE '' END AS sign,
                 COALESCE(regexp_extract(num, '^[+-]?([0-9]*)(\.([0-9]*))?([eE]([+-]?[0-9]+))?$', 1), '') AS ip, COALESCE(regexp_extract(num, '^[+-]?([0-9]*)(\.([0-9]*))?([eE]([+-]?[0-9]+))?$', 3), '') AS fp,
                 CASE WHEN COALESCE(regexp_extract(num, '^[+-]?([0-9]*)(\.([0-9]*))?([eE]([+-]?[0-9]+))?$', 5), '') = '' THEN 0 ELSE TRY_CAST(COALESCE(regexp_extract(num, '^[+-]?([0-9]*)(\.([0-9]*))?([eE]([+-]?[0-9]+))?$', 5), '') AS INTEGER) END AS ex
          FROM (
            SELECT a.attribute, t.type,
                   CASE WHEN t.type = 'N' THEN CASE WHEN json_format(t.typed) LIKE '"%' THEN json_extract_scalar(t.typed, '$') ELSE '' END END AS num
            FROM (
SELECT item_key, image FROM (
SELECT item_key, seq, write_micros, image FROM (
  SELECT item_key, seq, write_micros, image,
         row_number() OVER (PARTITION BY item_key ORDER BY write_micros DESC, seq DESC, line_no DESC) AS rank
  FROM (
    SELECT seq, line_no,
           json_format(json_extract(COALESCE(json_extract(line, '$["Keys"]'), json_extract(line, '$["Item"]')), '$["pk"]')) AS item_key,
           CASE WHEN json_extract(line, '$["Item"]') IS NOT NULL THEN -1 ELSE CAST(COALESCE(json_extract_scalar(line, '$["Metadata"]["WriteTimestampMicros"]["N"]'), json_extract_scalar(line, '$["Metadata"]["WriteTimestampMicros"]')) AS BIGINT) END AS write_micros,
           COALESCE(json_extract(line, '$["Item"]'), json_extract(line, '$["NewImage"]')) AS image
    FROM (
  SELECT 0 AS seq, 0 AS line_no, line FROM "lake_db"."orders__exports"
  WHERE epoch = '1' AND export_window = '0' AND export_id = '00000000001000-abcdef00'
  UNION ALL
  SELECT 1 AS seq, 0 AS line_no, line FROM "lake_db"."orders__exports"
  WHERE epoch = '1' AND export_window = '1' AND export_id = '00000000001001-abcdef01'
) AS export_lines
  ) AS changes
) AS ranked
WHERE rank = 1
) AS latest
WHERE image IS NOT NULL
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
