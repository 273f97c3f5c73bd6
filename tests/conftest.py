"""Shared test setup: helpers in tests/ (textgen, timing) import from any test folder."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
