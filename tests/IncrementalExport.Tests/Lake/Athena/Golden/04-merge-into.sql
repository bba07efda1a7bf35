MERGE INTO "lake_db"."orders__e1" AS t
USING (
  SELECT json_extract_scalar(image, '$["pk"]["S"]') AS "pk",
    CASE WHEN regexp_like(json_extract_scalar(image, '$["total"]["N"]'), '^-?[0-9]{1,19}$') THEN TRY_CAST(json_extract_scalar(image, '$["total"]["N"]') AS BIGINT) END AS "total",
    json_format(image) AS "_item",
    item_key AS "_key",
    1 AS "_epoch",
    seq AS "_window",
    write_micros AS "_write_micros",
         image IS NULL AS deleted
  FROM (
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
) AS s
ON t."_key" = s."_key"
WHEN MATCHED AND s.deleted AND s."_write_micros" >= t."_write_micros" THEN DELETE
WHEN MATCHED AND s."_write_micros" >= t."_write_micros" THEN UPDATE SET "pk" = s."pk", "total" = s."total", "_item" = s."_item", "_key" = s."_key", "_epoch" = s."_epoch", "_window" = s."_window", "_write_micros" = s."_write_micros"
WHEN NOT MATCHED AND NOT s.deleted THEN INSERT ("pk", "total", "_item", "_key", "_epoch", "_window", "_write_micros") VALUES (s."pk", s."total", s."_item", s."_key", s."_epoch", s."_window", s."_write_micros")
