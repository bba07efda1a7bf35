VACUUM "lake_db"."orders__e1"
