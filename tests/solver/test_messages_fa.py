"""The solver's explanations, waitlist reasons and `solve` summary in Persian: Persian words,
quantities in Persian digits, booth labels and ids as given (docs/i18n.md, digits policy)."""

from __future__ import annotations

import re

import pytest
from helpers.solving import save_clashing_project, solve_checked

from qods_planner import messages
from qods_planner.cli.main import main
from qods_planner.files import save_project
from qods_planner.generate import generate_project
from qods_planner.model import Needs
from solver import SolveStatus

PERSIAN_LETTERS = re.compile("[\u0600-\u06ff]")
PERSIAN_DIGITS = re.compile("[۰-۹]")


@pytest.fixture
def persian():
    messages.set_language("fa")
    yield
    messages.set_language("en")


def test_an_infeasible_instance_is_explained_in_persian(tiny, persian):
    tiny.row("A", 1, x=600, y=0)
    tiny.exhibitor("e1", m2=18, max_m2=18, pinned=("A1",))
    result = solve_checked(tiny.project)
    assert result.status is SolveStatus.INFEASIBLE
    (text,) = result.explanation
    assert PERSIAN_LETTERS.search(text)
    assert "A1" in text and "(e1)" in text  # the booth label and the id stay as given
    assert "۹ متر مربع" in text and "۱۸ متر مربع" in text  # areas in Persian digits
    assert "m²" not in text and "pinned" not in text and "accepts" not in text


def test_a_waitlist_reason_is_in_persian(tiny, persian):
    tiny.row("A", 2, x=600, y=0, power=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, needs=Needs(water=True, heavy_floor=True))
    (waiting,) = solve_checked(tiny.project).waitlist
    assert waiting.reason == "هیچ‌یک از ۲ جای ۹ متر مربع آب و کف مقاوم ندارد"


def test_english_stays_as_it_was(tiny):
    tiny.row("A", 2, x=600, y=0, power=True)
    tiny.exhibitor("e1", m2=9, max_m2=9, needs=Needs(water=True, heavy_floor=True))
    (waiting,) = solve_checked(tiny.project).waitlist
    assert waiting.reason == "none of the 2 places of 9 m² offers water and heavy floor"


def test_solve_prints_a_persian_summary(tmp_path, capsys):
    path = save_clashing_project(tmp_path)
    report = tmp_path / "r.json"
    try:
        args = ["--language", "fa", "solve", str(path), "--time-limit", "0.3"]
        assert main([*args, "--report", str(report)]) == 1
    finally:
        messages.set_language("en")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "وضعیت: ناشدنی"
    clash = [line for line in out if line.startswith("چیدمان ممکن نیست: ")]
    assert clash and PERSIAN_LETTERS.search(clash[0].removeprefix("چیدمان ممکن نیست: "))


def test_solve_prints_a_persian_score_line_with_persian_digits(tmp_path, capsys):
    path = tmp_path / "fair.qods.json"
    save_project(generate_project(8, 10, 1, seed=2), path)
    try:
        args = ["--language", "fa", "solve", str(path), "--time-limit", "0.3"]
        assert main([*args, "--report", str(tmp_path / "r.json")]) == 0
    finally:
        messages.set_language("en")
    out = capsys.readouterr().out.splitlines()
    (score,) = [line for line in out if line.startswith("امتیاز ")]
    assert PERSIAN_DIGITS.search(score) and not re.search("[0-9]", score)
    assert "غرفه‌دار" in score and "ثانیه" in score


def test_names_in_the_changes_follow_the_language(tiny, persian):
    """Reasons are worded in the current language, and so are the names inside them (as in
    the validator's messages)."""
    from dataclasses import replace

    from qods_planner.model import ExhibitorStatus

    tiny.row("A", 3, x=600, y=0)
    tiny.exhibitor("e1", m2=9, max_m2=9)
    tiny.exhibitor("e2", m2=9, max_m2=9)
    tiny.exhibitor("e3", m2=9, max_m2=9)
    tiny.place(e1=["A1"], e2=["A2"], e3=["A3"])  # e3 withdraws; e1 then needs two booths
    project = tiny.project
    project.put_exhibitor(replace(project.exhibitors["e1"], requested_m2=18, min_m2=18, max_m2=18))
    project.put_exhibitor(replace(project.exhibitors["e3"], status=ExhibitorStatus.WITHDRAWN))
    changes = {c.exhibitor: c for c in solve_checked(project).changes}
    assert changes["e3"].name == "شرکت e3"
    assert "شرکت e1" in changes["e2"].why and "Company" not in changes["e2"].why
