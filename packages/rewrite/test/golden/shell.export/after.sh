#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD="$PGPASSWORD"
psql -h db -U shop -c 'select 1'
