"""Settings for the shop."""
from __future__ import annotations

import json
import os

DB_PASSWORD = os.environ["DB_PASSWORD"]
API_KEY = os.environ["API_KEY"]
