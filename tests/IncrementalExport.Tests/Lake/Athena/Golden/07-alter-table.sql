ALTER TABLE `lake_db`.`orders__e1` ADD COLUMNS (`note` string)
