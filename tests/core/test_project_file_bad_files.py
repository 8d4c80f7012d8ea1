"""Loading bad project files: each kind of problem named by its path, the file left untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.full_project import PERSIAN_NAME, saved_full_project

from qods_planner.files import MAX_REPORTED, ProjectFileError, load_project
from qods_planner.model import ModelError


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return saved_full_project(tmp_path)


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def edited(good_file: Path, edit) -> Path:
    data = json.loads(good_file.read_text(encoding="utf-8"))
    edit(data)
    good_file.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return good_file


def load_fails(path: Path) -> ProjectFileError:
    """Load must fail, and must leave the file exactly as it was."""
    before = snapshot(path)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert snapshot(path) == before
    assert str(path) in str(info.value)
    assert isinstance(info.value, ModelError)  # the CLI reports ModelError without a traceback
    return info.value


def test_text_that_is_not_json_names_line_and_column(good_file):
    lines = good_file.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].rstrip(",")  # drop the comma after the "id" line (line 4)
    good_file.write_text("\n".join(lines), encoding="utf-8")
    err = load_fails(good_file)
    assert err.where == "line 5, column 3"
    assert "is not valid JSON: Expecting ',' delimiter" in err.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b"[1, 2]", "must hold a JSON object, not a list"),
        (b'"a project"', "must hold a JSON object, not text"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"format": "qods-planner-project", "format_version": NaN}', "NaN is not a number"),
        (
            b'{"booths": [{"id": "A1", "power": true, "power": false}]}',
            "the object with id A1 has the field 'power' twice",
        ),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "bad.qods.json"
    path.write_bytes(content)
    assert message in str(load_fails(path))


def test_a_byte_order_mark_is_accepted(good_file):
    good_file.write_bytes(b"\xef\xbb\xbf" + good_file.read_bytes())
    assert load_project(good_file).exhibitors["E-1"].name_fa == PERSIAN_NAME


def test_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(ProjectFileError, match="cannot be read"):
        load_project(tmp_path / "absent.qods.json")


def test_wrong_format(good_file):
    err = load_fails(edited(good_file, lambda d: d.update(format="ExpoCAD")))
    assert err.where == "format"
    assert "is not a Qods Planner project: format is 'ExpoCAD'" in err.message


def test_newer_format_version(good_file):
    err = load_fails(edited(good_file, lambda d: d.update(format_version=3)))
    assert err.where == "format_version"
    assert err.message == (
        "made by a newer Qods Planner: format_version 3, this program reads up to 1"
    )


@pytest.mark.parametrize("version", [0, "1", 1.5, None, True])
def test_nonsense_format_version(good_file, version):
    err = load_fails(edited(good_file, lambda d: d.update(format_version=version)))
    assert err.where == "format_version" and "whole number ≥ 1" in err.message


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (lambda d: d["booths"][2]["rect"].update(w=-600), "booths[b3].rect.w", "must be ≥ 1"),
        (
            lambda d: d["booths"][0]["rect"].update(x="0"),
            "booths[b1].rect.x",
            'must be a whole number, got text "0"',
        ),
        (
            lambda d: d["booths"][0]["rect"].update(x=1.5),
            "booths[b1].rect.x",
            "must be a whole number",
        ),
        (lambda d: d["booths"][1].update(pwoer=True), "booths[b2].pwoer", "not a known field"),
        (lambda d: d["booths"][1].pop("rect"), "booths[b2].rect", "is required but missing"),
        (
            lambda d: d["booths"][1].update(status="sold"),
            "booths[b2].status",
            "must be one of available, blocked, reserved",
        ),
        (
            lambda d: d["sectors"][0].update(colour="blue"),
            "sectors[auto].colour",
            "must be a colour like #1f77b4",
        ),
        (
            lambda d: d["exhibitors"][1].update(registered_on="1405-07-12x"),
            "exhibitors[E-2].registered_on",
            "must be an ISO date",
        ),
        (
            lambda d: d["exhibitors"][1].update(competitors=["E-1", "E-1"]),
            "exhibitors[E-2].competitors",
            "lists an item twice",
        ),
        (
            lambda d: d["complementarity"][0].update(weight=4),
            "complementarity[0].weight",
            "must be ≤ 3",
        ),
        (
            lambda d: d["plan"]["stands"].update({"E-2": []}),
            "plan.stands[E-2]",
            "must list at least one item",
        ),
        (
            lambda d: d["settings"]["solver"].update(workers=64),
            "settings.solver.workers",
            "must be ≤ 16",
        ),
        (lambda d: d.update(halls={}), "halls", "must be a list, got an object"),
    ],
)
def test_schema_violations_name_the_path(good_file, edit, where, message):
    err = load_fails(edited(good_file, edit))
    assert err.where == where
    assert message in err.message


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (
            lambda d: d["booths"][1]["rect"].update(w=50),
            "booths[b2]",
            "booth A-2 is 50 × 300 cm; each side must be at least 100 cm",
        ),
        (
            lambda d: d["exhibitors"][1].update(max_m2=10),
            "exhibitors[E-2]",
            "smallest ≤ requested ≤ largest, got 9 ≤ 12.5 ≤ 10 m²",
        ),
        (
            lambda d: d["exhibitors"][1].update(competitors=["E-2"]),
            "exhibitors[E-2]",
            "exhibitor E-2 cannot be its own competitor",
        ),
        (
            lambda d: d["halls"][0]["entrances"][0].update(offset=2800),
            "halls[H1]",
            "entrance on the bottom side runs past the corner",
        ),
        (
            lambda d: d["plan"].update(locked=["E-2"]),
            "plan",
            "plan locks exhibitor E-2, who has no stand",
        ),
        (
            lambda d: d["event"].update(end="2026-10-01"),
            "event",
            "exhibition ends (2026-10-01) before it starts (2026-10-04)",
        ),
        (
            lambda d: d["complementarity"].append({"a": "metal", "b": "auto", "weight": 2}),
            "complementarity[2]",
            "metal–auto has weight 2 here but 3 at complementarity[1]",
        ),
        (
            lambda d: d["complementarity"].append({"a": "auto", "b": "auto", "weight": 2}),
            "complementarity[2]",
            "sector auto cannot complement itself",
        ),
        (
            lambda d: d["booths"].append(dict(d["booths"][0], label="Z")),
            "booths[5]",
            "the id b1 is used by another item too",
        ),
    ],
)
def test_entity_rules_name_the_path(good_file, edit, where, message):
    err = load_fails(edited(good_file, edit))
    assert err.where == where
    assert message in err.message


def test_booth_outside_its_hall(good_file):
    err = load_fails(edited(good_file, lambda d: d["booths"][2]["rect"].update(x=2700)))
    assert err.where == "booths[b3].rect"
    assert err.message == "booth A-3 lies outside hall H1"


def test_two_booths_overlapping(good_file):
    err = load_fails(edited(good_file, lambda d: d["booths"][1]["rect"].update(x=250)))
    assert err.where == "booths[b1].rect"
    assert err.message == "booth A-1 overlaps booth A-2"


def test_exhibitor_of_an_unknown_sector(good_file):
    err = load_fails(edited(good_file, lambda d: d["exhibitors"][1].update(sector="mining")))
    assert err.where == "exhibitors[E-2].sector"
    assert err.message == "exhibitor E-2 has unknown sector 'mining'"


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (
            lambda d: d["booths"][0]["rect"].update(x=1400, y=900),
            "booths[b1].rect",
            "booth A-1 covers pillar P1",
        ),
        (
            lambda d: d["booths"][0].update(hall="H9"),
            "booths[b1].hall",
            "booth A-1 is in unknown hall 'H9'",
        ),
        (
            lambda d: d["booths"][1].update(label="A-1"),
            "booths[b2].label",  # the second booth with the label, by its id
            "booth A-1 has the same label as booth b1",
        ),
        (
            lambda d: d["exhibitors"][1].update(competitors=["E-77"]),
            "exhibitors[E-2].competitors",
            "exhibitor E-2 names unknown competitor 'E-77'",
        ),
        (
            lambda d: d["exhibitors"][2].update(pinned_booths=["zz"]),
            "exhibitors[E-3].pinned_booths",
            "exhibitor E-3 is pinned to unknown booth 'zz'",
        ),
        (
            lambda d: d["plan"]["stands"].update({"E-99": ["b3"]}),
            "plan.stands[E-99]",
            "plan gives a stand to unknown exhibitor 'E-99'",
        ),
        (
            lambda d: d["baseline"]["stands"].update({"E-2": ["b77"]}),
            "baseline.stands[E-2]",
            "baseline plan gives exhibitor E-2 unknown booth 'b77'",
        ),
    ],
)
def test_project_rules_name_the_path(good_file, edit, where, message):
    err = load_fails(edited(good_file, edit))
    assert err.where == where
    assert err.message == message


def test_every_problem_is_listed_not_just_the_first(good_file):
    def break_three(d):
        d["booths"][2]["rect"]["x"] = 2700  # outside
        d["booths"][1]["rect"]["x"] = 250  # overlaps b1
        d["exhibitors"][1]["sector"] = "mining"

    err = load_fails(edited(good_file, break_three))
    text = str(err)
    assert err.total == 3 and len(err.problems) == 3
    assert f"{good_file}: 3 problems:" in text
    for line in (
        "booths[b3].rect: booth A-3 lies outside hall H1",
        "booths[b1].rect: booth A-1 overlaps booth A-2",
        "exhibitors[E-2].sector: exhibitor E-2 has unknown sector 'mining'",
    ):
        assert f"  - {line}" in text


def test_many_problems_are_capped_with_a_count(good_file):
    def many(d):
        for i in range(30):
            d["booths"].append(
                {"id": f"x{i}", "hall": "H1", "rect": {"x": 0, "y": 0, "w": 0, "h": 300}}
            )

    err = load_fails(edited(good_file, many))
    assert err.total == 30 and len(err.problems) == MAX_REPORTED
    assert err.where == "booths[x0].rect.w"
    assert f"… and {30 - MAX_REPORTED} more" in str(err)
