"""The translation files: .ts and .qm agree, nothing untranslated, every tr() call findable."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from helpers.translation_tools import tools
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


# --- the translation files -------------------------------------------------------------------


def test_the_ts_file_is_persian():
    root = ET.parse(tools.TS_PATH).getroot()
    assert root.tag == "TS"
    assert root.get("language") == "fa_IR"


def test_the_shipped_qm_holds_every_translation_of_the_shipped_ts():
    """A translation added to the .ts but not compiled would never be seen by a user."""
    shipped = QTranslator()
    assert shipped.load(str(tools.QM_PATH))
    stale = [
        f"[{e.context}] {e.source!r}"
        for e in tools.read_ts(tools.TS_PATH).values()
        if e.type not in ("vanished", "obsolete")
        and all(e.translations)
        and shipped.translate(e.context, e.source, e.comment or None, 1) != e.translations[0]
    ]
    assert not stale, "run: python scripts/update_translations.py\n" + "\n".join(stale)


def test_lupdate_finds_the_strings_of_python_sources(tmp_path):
    source = tmp_path / "window.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "class HallPanel(QWidget):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        '        self.setWindowTitle(self.tr("Halls"))\n'
        'TITLE = QCoreApplication.translate("Menus", "Solve")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "out.ts"
    tools.run_lupdate([source], ts)
    assert set(tools.read_ts(ts)) == {("HallPanel", "Halls", ""), ("Menus", "Solve", "")}
    shipped = tools.read_ts(tools.TS_PATH)
    missing = tools.untranslated(tools.TS_PATH, [source])
    assert {e.key for e in missing} == set(tools.read_ts(ts)) - {
        k for k, e in shipped.items() if e.finished
    }


def test_every_interface_string_has_a_finished_persian_translation():
    missing = tools.untranslated(tools.TS_PATH, tools.ui_sources())
    listing = "\n".join(f"[{e.context}] {e.source!r}" for e in missing)
    assert not missing, (
        f"{len(missing)} untranslated; run scripts/update_translations.py and translate:\n"
        + listing
    )


# --- strings lupdate can see, under the context Qt looks up ---------------------------------

TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def translation_call_problems(source: str, name: str = "<source>") -> list[str]:
    """Calls of `tr`/`translate` whose text lupdate cannot file under the context that Qt
    looks it up in at run time; empty when every call can be found and matched.

    - `self.tr("…")` only: lupdate files `x.tr("…")` under the context "x", Qt under x's class;
      a bare `tr(…)`/`_tr(…)` (a wrapper) gets no context at all, or is not seen.
    - the context and the text literals (an f-string or a variable is never in the catalogue);
    - `translate(ctx, text, disambiguation, n)` with `n` a plain name: lupdate skips a call
      whose count is an expression such as `len(x)`.
    """
    problems: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func, args = node.func, node.args
        where = f"{name}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "tr_", "_"}:
            problems.append(f"{where}: {func.id}(…) has no context lupdate can see")
        elif isinstance(func, ast.Attribute) and func.attr in {"tr", "_tr"}:
            owner = func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self") or func.attr == "_tr":
                problems.append(f"{where}: {ast.unparse(func)}(…): call self.tr or translate")
            elif not _literal(args[0] if args else None):
                problems.append(f"{where}: self.tr needs a literal text")
        elif (isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES) or (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in {"QCoreApplication", "QApplication"}
        ):
            if len(args) < 2 or not (_literal(args[0]) and _literal(args[1])):
                problems.append(f"{where}: {ast.unparse(func)} needs a literal context and text")
            elif len(args) >= 4 and not isinstance(args[3], ast.Name):
                problems.append(f"{where}: pass the count of a plural as a plain name")
    return problems


def test_the_call_checker_catches_what_lupdate_misses():
    bad = (
        "def _tr(t):\n    return QCoreApplication.translate('Commands', t)\n"
        "x = _tr('Hello')\n"
        "y = self.editor.tr('Move')\n"
        "z = tr('Zoom')\n"
        "w = translate('Commands', f'Add {n}')\n"
        "v = translate('Commands', 'Add %n booth(s)', None, len(booths))\n"
    )
    # the wrapper's own call (a variable text) and the five calls
    assert len(translation_call_problems(bad)) == 6
    good = (
        "a = self.tr('Hello')\n"
        "b = translate('Commands', 'Add %n booth(s)', None, count)\n"
        "c = QCoreApplication.translate('Rules', 'pillar')\n"
        "d = QT_TRANSLATE_NOOP('MainWindow', 'Language')\n"
        "e = self.tr('%n booths selected', '', len(booths))\n"
    )
    assert translation_call_problems(good) == []


def test_every_translation_call_in_the_interface_is_found_under_its_run_time_context():
    problems = [
        problem
        for path in tools.ui_sources()
        for problem in translation_call_problems(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert not problems, "\n".join(problems)


def test_the_shipped_catalogue_has_no_context_that_qt_never_looks_up():
    """`self.editor.tr` once filed texts under "self.editor", a wrapper under ""."""
    contexts = {e.context for e in tools.read_ts(tools.TS_PATH).values()}
    odd = {c for c in contexts if not c.isidentifier() or c[0].islower()}
    assert not odd, odd
