#!/bin/sh
# Nightly dump of the shop DB to S3. Runs from cron on reports1.
set -e
STAMP=$(date +%Y%m%d)
PGPASSWORD="$DB_PASSWORD" pg_dump -h "$DB_HOST" -U "$DB_USER" shop | gzip > "/tmp/shop-$STAMP.sql.gz"
aws s3 cp "/tmp/shop-$STAMP.sql.gz" "s3://legacy-shop-backups/db/shop-$STAMP.sql.gz"
rm -f "/tmp/shop-$STAMP.sql.gz"
