"""The registration workbook's columns of the fair order: booth choices in order (labels as on
the plan), "choices only", and priority points; a label the plan lacks is named at its cell."""

from __future__ import annotations

import io

from openpyxl import Workbook

from qods_planner.excel import read_exhibitors


def _book(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _label_to_id(project) -> dict[str, str]:
    return {b.label: b.id for b in project.booths.values()}


def test_choices_are_read_in_order_with_choices_only_and_points(project):
    labels = sorted(_label_to_id(project))
    first, second = labels[3], labels[0]
    data = _book(
        [
            ["Company", "Sector", "Area", "Booth choices", "Choices only", "Priority points"],
            ["Casting Co", "Basic metals", 9, f"{first}، {second}", "بله", "۳"],
            ["Piston Co", "Basic metals", 9, None, None, None],
        ]
    )
    result = read_exhibitors(data, project)
    assert result.ok, [str(i) for i in result.problems]
    casting, piston = result.exhibitors()
    ids = _label_to_id(project)
    assert casting.choices == (ids[first], ids[second])
    assert casting.choices_only and casting.priority_points == 3
    assert piston.choices == () and not piston.choices_only and piston.priority_points == 0


def test_persian_headers_are_recognised(project):
    label = sorted(_label_to_id(project))[1]
    data = _book(
        [
            ["نام شرکت", "رسته", "متراژ", "غرفه‌های انتخابی", "امتیاز اولویت"],
            ["فولاد قدس", "فلزات پایه", 9, label, 2],
        ]
    )
    result = read_exhibitors(data, project)
    assert result.ok, [str(i) for i in result.problems]
    (ex,) = result.exhibitors()
    assert ex.choices == (_label_to_id(project)[label],) and ex.priority_points == 2


def test_an_unknown_label_and_bad_points_are_named_at_their_cells(project):
    data = _book(
        [
            ["Company", "Sector", "Area", "Booth choices", "Priority points"],
            ["Casting Co", "Basic metals", 9, "Q-999", -2],
        ]
    )
    result = read_exhibitors(data, project)
    assert sorted(i.cell for i in result.problems) == ["Sheet1!D2", "Sheet1!E2"]
    assert any("Q-999" in i.message for i in result.problems)
