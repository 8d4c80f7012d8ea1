"""The fairness certificate as a PDF: `qods-planner export --fairness FILE.pdf` writes pages that
name every place refused (pdftotext), and the count of inversions, in the page's language."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from helpers.builders import TinyProject, plan_of

from qods_planner.cli.main import main
from qods_planner.files import save_project

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def _project(language: str = "en") -> TinyProject:
    b = TinyProject()
    b.row("A", 2, x=0, y=0)
    b.exhibitor("top", priority_points=5, choices=("A1",))
    b.exhibitor("mid", priority_points=2, choices=("A1", "A2"))
    b.exhibitor("late", choices=("A2",))
    b.project.set_plan(plan_of(top=["A1"], mid=["A2"]))
    b.project.set_event(replace(b.project.event, language=language))  # the page's language
    return b


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
    ).stdout


def test_the_pdf_lists_each_refused_place(tmp_path, capsys):
    project = _project().project
    save_project(project, tmp_path / "p.qods.json")
    code = main(
        [
            "--language",
            "en",
            "export",
            str(tmp_path / "p.qods.json"),
            "--fairness",
            str(tmp_path / "f.pdf"),
        ]
    )
    assert code == 0, capsys.readouterr()
    text = _text(tmp_path / "f.pdf")
    assert "Priority inversions: 0" in text
    for eid in ("late", "mid"):
        assert eid in text
    assert text.count("held by a higher-ranked exhibitor") == 2


def test_the_persian_pdf_names_the_same_exhibitors(tmp_path):
    save_project(_project("fa").project, tmp_path / "p.qods.json")
    assert (
        main(["export", str(tmp_path / "p.qods.json"), "--fairness", str(tmp_path / "f.pdf")]) == 0
    )
    text = _text(tmp_path / "f.pdf")
    assert "late" in text and "mid" in text and "۰" in text
    assert "held by" not in text


def test_a_bad_target_is_a_message(tmp_path, capsys):
    save_project(_project().project, tmp_path / "p.qods.json")
    code = main(["export", str(tmp_path / "p.qods.json"), "--fairness", str(tmp_path / "f.txt")])
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err
