CREATE OR REPLACE VIEW "lake_db"."orders" AS
SELECT "pk", "total", "note", "_item", "_epoch", "_window", "_write_micros"
FROM "lake_db"."orders__e1"
