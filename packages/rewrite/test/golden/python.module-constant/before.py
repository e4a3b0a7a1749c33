"""Settings for the shop."""
from __future__ import annotations

import json

DB_PASSWORD = "hunter2-fake-password"
API_KEY = 'FAKE-not-a-real-key-0000'
