CREATE EXTERNAL TABLE IF NOT EXISTS `lake_db`.`orders__exports` (`line` string)
PARTITIONED BY (`epoch` string, `export_window` string, `export_id` string)
STORED AS TEXTFILE
LOCATION 's3://exports/lake/orders/'
TBLPROPERTIES ('projection.enabled'='true', 'projection.epoch.type'='injected', 'projection.export_window.type'='injected', 'projection.export_id.type'='injected', 'storage.location.template'='s3://exports/lake/orders/epoch=${epoch}/${export_window}/AWSDynamoDB/${export_id}/data/')
