"""The dependency rules of the design card, enforced by import-linter."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [lint_imports, str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout, result.stdout


def test_core_model_does_not_pull_in_qt_or_ortools():
    code = (
        "import sys, qods_planner.model, qods_planner.layout;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','ortools','solver','ui')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_no_import_cycle_between_modules_or_subpackages():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "import_cycles.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cycle_finder_finds_a_cycle():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from import_cycles import strongly_connected
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert strongly_connected("abcd", edges) == [["a", "b", "c"]]
    assert strongly_connected("abcd", {"a": {"b"}, "b": {"c"}}) == []


def test_no_two_modules_share_a_name():
    """A module's name says its job: no two of the program's modules are called alike."""
    seen: dict[str, list[str]] = {}
    for package in ("qods_planner", "solver", "ui", "benchmarks", "scripts"):
        for path in (ROOT / package).rglob("*.py"):
            if path.name != "__init__.py":
                seen.setdefault(path.stem, []).append(str(path.relative_to(ROOT)))
    assert {name: paths for name, paths in seen.items() if len(paths) > 1} == {}


def test_no_code_file_is_over_450_lines():
    """Small files with one job; the message catalogues are data and may grow."""
    long = {}
    for package in ("qods_planner", "solver", "ui", "tests", "scripts", "benchmarks", "samples"):
        for path in (ROOT / package).rglob("*.py"):
            if path.parent.name == "messages" and path.stem.startswith("fa"):
                continue
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > 450:
                long[str(path.relative_to(ROOT))] = lines
    assert long == {}
