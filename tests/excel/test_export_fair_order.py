"""The workbook's Fair order sheet: the fairness certificate, one row per place refused, in
the workbook's language, with the count of inversions under it."""

from __future__ import annotations

from helpers.builders import TinyProject, plan_of

from qods_planner.excel.export.writer import build_workbook


def _fair() -> TinyProject:
    b = TinyProject()
    b.row("A", 2, x=0, y=0)
    b.exhibitor("top", priority_points=5, choices=("A1",))
    b.exhibitor("mid", priority_points=2, choices=("A1", "A2"))
    b.exhibitor("late", choices=("A2",))
    b.project.set_plan(plan_of(top=["A1"], mid=["A2"]))
    return b


def _sheet(project, language: str):
    wb = build_workbook(project, language=language)
    title = "Fair order" if language == "en" else "ترتیب اولویت"
    return [row for row in wb[title].iter_rows(values_only=True) if any(row)]


def test_each_refused_place_has_a_row_with_who_holds_it_and_why():
    rows = _sheet(_fair().project, "en")
    assert rows[0] == ("ID", "Company", "Rank", "Asked for", "Place", "Held by", "Reason")
    body = rows[1:-1]
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in body] == [
        ("late", 3, "waitlisted: choice 1", "A2", "Company mid"),
        ("mid", 2, "choice 1", "A1", "Company top"),
    ]
    assert [r[6] for r in body] == ["held by a higher-ranked exhibitor"] * 2
    assert rows[-1][0] == "Priority inversions: 0 (expected: 0)"


def test_the_persian_sheet_says_it_in_persian():
    rows = _sheet(_fair().project, "fa")
    assert rows[1][6] == "در اختیار مشارکت‌کننده‌ای با اولویت بالاتر"
    assert rows[-1][0] == "وارونگی‌های اولویت: ۰ (انتظار: ۰)"


def test_an_inversion_is_counted_and_named():
    b = _fair()
    b.project.set_plan(plan_of(late=["A1"], mid=["A2"]))
    rows = _sheet(b.project, "en")
    # top fits late's and mid's stands; mid and late could trade for mid's first choice
    assert rows[-1][0] == "Priority inversions: 3 (expected: 0)"
    assert "a priority inversion: it should have been given" in [r[6] for r in rows[1:-1]]
