"""Every count in a text the user reads agrees with its noun: Qt texts say `%n … noun(s)` with
the count passed to `tr` (English picks "booth"/"booths", Persian writes `%Ln`), core messages
say `{count} noun(s)` with an int (qods_planner.messages.english_plurals). A number glued
before a fixed plural ("Remove {0} exhibitors", "{count} page(s)" filled by `format`) reads
"Remove 1 exhibitors"; this test finds them in the sources."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
CORE_CALLS = {"tr", "of"}
NOUNS = (
    "booths|exhibitors|rows|problems|values|pages|labels|names|entries|pairs|sectors|halls"
    "|moves|stands|parts|columns|cells|sheets|changes|files|letters|notices|days|seconds"
)
# A placeholder (a count) right before a plural noun, optionally past one adjective.
FIXED_PLURAL = re.compile(r"\{\w*(:[^}]*)?\}\s+(\w+\s+)?(" + NOUNS + r")\b")
# Core placeholders holding a count (`{id} pinned booths`, `{b} names` are not counts).
CORE_COUNT = re.compile(
    r"\{(count|n|k|rows|halls|booths|exhibitors|moves|extra|total|problems)(:[^}]*)?\}\s+"
    r"(\w+\s+)?(" + NOUNS + r")\b"
)
# Plural wording kept where a branch or a constant makes the count at least two.
AT_LEAST_TWO = {
    "no known column names in the first {rows} rows of sheet {sheet!r}",  # HEADER_SCAN_ROWS
    "no header row found in the first {rows} rows",  # HEADER_SCAN_ROWS
    "{count} problems",  # one problem is reported as itself
    "{count} problems:",
    "{halls} halls need at least {booths} booths",  # only raised for halls > booths ≥ 1
    "+{extra} moves: {gain:+.1f} %",  # "+1 move" is its own message
    "{count} exhibitors ({names}) need {need}",  # one exhibitor has its own message
    "{who}; only {count} such booths are available ({labels})",  # so has one booth
}


def _literals(folder: str, calls: set[str]) -> list[tuple[str, int, str, bool]]:
    """(file, line, text, has_count_argument) of each literal text given to one of `calls`."""
    found = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in calls:
                continue
            texts = [a for a in node.args if isinstance(a, ast.Constant)]
            texts = [a.value for a in texts if isinstance(a.value, str)]
            if not texts:
                continue
            text = (
                texts[1]
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) > 1
                else texts[0]
            )
            found.append((rel, node.lineno, text, len(node.args) >= 3))
    return found


def test_qt_texts_put_counts_through_percent_n():
    wrong = []
    for rel, line, text, _ in _literals("ui", QT_CALLS):
        if FIXED_PLURAL.search(text) or ("(s)" in text and "%n" not in text):
            wrong.append(f"{rel}:{line}: {text!r}")
    assert not wrong, "counts not given to tr as %n:\n" + "\n".join(wrong)


def test_a_percent_n_text_gets_its_count():
    wrong = [
        f"{rel}:{line}: {text!r}"
        for rel, line, text, has_count in _literals("ui", QT_CALLS)
        if "%n" in text and not has_count
    ]
    assert not wrong, "%n without a count:\n" + "\n".join(wrong)


def test_core_messages_never_fix_a_plural_after_a_count():
    wrong = []
    for folder in ("qods_planner", "solver"):
        for rel, line, text, _ in _literals(folder, CORE_CALLS):
            if CORE_COUNT.search(text) and text not in AT_LEAST_TWO:
                wrong.append(f"{rel}:{line}: {text!r}")
    assert not wrong, "write noun(s) after a count:\n" + "\n".join(wrong)


def test_counts_read_right_in_both_languages(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_language

    def say(n: int) -> str:
        return QCoreApplication.translate("ProblemsPage", "%n row(s)", "", n)

    assert (say(1), say(2)) == ("1 row", "2 rows")
    try:
        install_language(qapp, "fa")
        assert (say(1), say(12)) == ("۱ ردیف", "۱۲ ردیف")
    finally:
        install_language(qapp, "en")
