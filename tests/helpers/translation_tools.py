"""scripts/update_translations.py as a module, `tools`, for the interface-language tests
(tests/ui/test_i18n_*.py): it reads and writes the .ts catalogue and runs lupdate."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py"
)
tools = sys.modules.setdefault("update_translations", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(tools)
