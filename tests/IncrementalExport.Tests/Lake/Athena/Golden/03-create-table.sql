CREATE TABLE IF NOT EXISTS `lake_db`.`orders__e1` (
  `pk` string,
  `total` bigint,
  `_item` string,
  `_key` string,
  `_epoch` int,
  `_window` int,
  `_write_micros` bigint)
LOCATION 's3://exports/lake/_warehouse/orders__e1/'
TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet', 'write_compression'='zstd')
