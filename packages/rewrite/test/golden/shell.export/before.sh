#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='hunter2-fake-password'
psql -h db -U shop -c 'select 1'
