"""No user message left unrouted through tr(), and Persian text normalised in one place only."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers.routed_messages import _english_environment  # noqa: F401 (an autouse fixture)

ROOT = Path(__file__).resolve().parents[2]


# -- nothing left unrouted --------------------------------------------------------------------

ROUTED = [
    "qods_planner/model",
    "qods_planner/layout",
    "qods_planner/validation",
    "qods_planner/files",
    "qods_planner/generate",
    "qods_planner/default_sectors.py",
    "qods_planner/cli/cmd_check.py",
    "qods_planner/cli/cmd_generate.py",
    "qods_planner/cli/main.py",
]
ERRORS = {"ModelError", "ProjectFileError", "UserError", "ValueError", "ArgumentTypeError"}
# Errors that only a programming mistake can raise, never a user: they stay English.
PROGRAMMING_ERRORS = {
    ("qods_planner/validation/validation_report.py", "unknown rule id"),
    ("qods_planner/validation/validation_report.py", "rule "),
    ("qods_planner/generate/halls.py", "a hall needs at least one booth"),
    ("qods_planner/generate/generated_venue.py", " booths cannot be shared by "),
    ("qods_planner/generate/hidden_stands.py", "more runs than exhibitors"),
    ("qods_planner/generate/pipeline.py", "sector counts add up to"),
    ("qods_planner/generate/people.py", " sector places for "),
}


def _literal_messages(path: Path):
    """(line, text) of every `raise SomeError("…" or f"…")` in `path`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        args = node.exc.args
        if name in ERRORS and args and isinstance(args[0], ast.JoinedStr | ast.Constant):
            yield node.lineno, ast.unparse(args[0])


def test_every_user_message_of_the_routed_modules_goes_through_tr():
    files = []
    for place in ROUTED:
        path = ROOT / place
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    unrouted = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in files
        for line, text in _literal_messages(path)
        if not any(
            str(path.relative_to(ROOT)) == where and snippet in text
            for where, snippet in PROGRAMMING_ERRORS
        )
    ]
    assert not unrouted, "route these through qods_planner.messages.tr:\n" + "\n".join(unrouted)


# -- one normaliser ---------------------------------------------------------------------------

# Where Persian text may be re-encoded by hand: the normaliser, and the digits of messages.
NORMALISER_HOMES = ("qods_planner/text/", "qods_planner/messages/digits.py")
ARABIC_FORMS = set("يكى") | {chr(0x0660 + i) for i in range(10)}  # ي ك ى and ٠–٩


def _hand_normalisation(path: Path):
    """(line, what) of string work that only `qods_planner.text` should do: literal Arabic
    ي/ك/ى or Arabic-Indic digits in code, a table of Persian digits, a `.replace` of ZWNJ."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            if ARABIC_FORMS & set(node.value) or "۰۱۲۳۴۵۶۷۸۹" in node.value:
                yield node.lineno, repr(node.value[:30])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and "\u200c" in str(node.args[0].value)
        ):
            yield node.lineno, "replace of ZWNJ"


def test_names_are_compared_through_the_one_normaliser():
    """Search, duplicate detection, imports and pickers use `qods_planner.text.normalise_key`;
    nobody maps Arabic ي/ك, Arabic-Indic digits or ZWNJ by hand elsewhere."""
    found = [
        f"{rel}:{line}: {what}"
        for package in ("qods_planner", "solver", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        if not (rel := path.relative_to(ROOT).as_posix()).startswith(NORMALISER_HOMES)
        for line, what in _hand_normalisation(path)
    ]
    assert not found, "use qods_planner.text (normalise, normalise_key):\n" + "\n".join(found)
