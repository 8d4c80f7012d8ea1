#!/usr/bin/env python3
"""Refresh the Persian translation of the interface from the sources, then compile it.

    python scripts/update_translations.py          lupdate every ui/**/*.py into the .ts,
                                                   then lrelease the .ts into the .qm
    python scripts/update_translations.py --check  change nothing; exit 1 if a string in the
                                                   sources has no finished translation
    --drop-obsolete                                forget translations of strings that left
                                                   the sources (kept by default: they come
                                                   back as suggestions if a string returns)

Both tools ship inside the PySide6 wheel (`pyside6-lupdate`, `pyside6-lrelease`); they are
run from there, so this works in any environment where PySide6 is installed. Source
locations are not written into the .ts (`-locations none`): line numbers would change the
file at every edit of any window and make merges of parallel work conflict.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
TS_PATH = UI_DIR / "translations" / "qods_planner_fa.ts"
QM_PATH = UI_DIR / "translations" / "qods_planner_fa.qm"
TARGET_LANGUAGE = "fa_IR"
# English needs a catalogue only for plurals: "%n booth(s)" becomes "1 booth" / "2 booths".
EN_TS_PATH = UI_DIR / "translations" / "qods_planner_en.ts"
EN_QM_PATH = UI_DIR / "translations" / "qods_planner_en.qm"


def tool(name: str) -> Path:
    """A Qt Linguist tool (`lupdate`, `lrelease`) from the installed PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in {folder}; is PySide6 installed whole?")


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Python file of the interface, in a stable order."""
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(sources: list[Path], ts_path: Path, *, drop_obsolete: bool = False) -> str:
    """Merge the strings of `sources` into `ts_path` (created if missing); lupdate's report."""
    args = [str(tool("lupdate")), *map(str, sources), "-ts", str(ts_path)]
    args += ["-target-language", TARGET_LANGUAGE, "-locations", "none"]
    if drop_obsolete:
        args.append("-no-obsolete")
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def run_lrelease(ts_path: Path, qm_path: Path) -> str:
    """Compile `ts_path` into `qm_path`; lrelease's report."""
    args = [str(tool("lrelease")), str(ts_path), "-qm", str(qm_path)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    type: str  # "" (finished), "unfinished", "obsolete" or "vanished"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.type == "" and all(t.strip() for t in self.translations)


def read_ts(ts_path: Path) -> dict[tuple[str, str, str], Entry]:
    """(context, source, comment) → Entry for every message of a .ts file."""
    entries: dict[tuple[str, str, str], Entry] = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = (
                tuple(f.text or "" for f in forms)
                if forms
                else ((translation.text or "") if translation is not None else "",)
            )
            entry = Entry(
                context=name,
                source=message.findtext("source", ""),
                comment=message.findtext("comment", ""),
                translations=texts,
                type=translation.get("type", "") if translation is not None else "unfinished",
            )
            entries[entry.key] = entry
    return entries


def untranslated(ts_path: Path = TS_PATH, sources: list[Path] | None = None) -> list[Entry]:
    """The strings of the sources that `ts_path` lacks or has no finished translation for."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        run_lupdate(ui_sources() if sources is None else sources, fresh)
        wanted = read_ts(fresh)
    shipped = read_ts(ts_path) if ts_path.exists() else {}
    return [
        entry for key, entry in wanted.items() if key not in shipped or not shipped[key].finished
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings only")
    parser.add_argument("--drop-obsolete", action="store_true", help="forget vanished strings")
    args = parser.parse_args(argv)
    if args.check:
        missing = untranslated()
        for entry in missing:
            print(f"untranslated: [{entry.context}] {entry.source!r}")
        print(f"{len(missing)} string(s) without a finished Persian translation")
        return 1 if missing else 0
    TS_PATH.parent.mkdir(parents=True, exist_ok=True)
    print(run_lupdate(ui_sources(), TS_PATH, drop_obsolete=args.drop_obsolete).strip())
    print(run_lrelease(TS_PATH, QM_PATH).strip())
    update_english_plurals()
    return 0


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English "%n word(s)" source text."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def update_english_plurals(sources: list[Path] | None = None) -> None:
    """Refresh the English plural-only catalogue from the sources and compile it; its forms
    are derived from the "(s)" in each source text, so it needs no hand translation."""
    args = [str(tool("lupdate")), *map(str, sources or ui_sources()), "-ts", str(EN_TS_PATH)]
    args += ["-target-language", "en", "-locations", "none", "-no-obsolete"]
    subprocess.run(args, capture_output=True, text=True, check=True)
    tree = ET.parse(EN_TS_PATH)
    root = tree.getroot()
    # lupdate marks `self.tr(text, "", n)` as a plural but not `translate(ctx, text, "", n)`:
    # every text with %n is made one here, and the rest left out.
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if "%n" not in (message.findtext("source") or ""):
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    for message in root.iter("message"):
        message.set("numerus", "yes")
        translation = message.find("translation")
        source = message.findtext("source") or ""
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    with open(EN_TS_PATH, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print(run_lrelease(EN_TS_PATH, EN_QM_PATH).strip())


if __name__ == "__main__":
    sys.exit(main())
