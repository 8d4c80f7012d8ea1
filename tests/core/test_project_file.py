"""The project file: round trips, atomic saving, and every kind of bad file."""

from __future__ import annotations

import copy
import json
import os
from dataclasses import fields
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from qods_planner.files import (
    EXTENSION,
    FORMAT,
    FORMAT_VERSION,
    MAX_REPORTED,
    ProjectFileError,
    load_project,
    project_from_dict,
    project_schema,
    project_to_dict,
    save_project,
)
from qods_planner.model import (
    Booth,
    BoothStatus,
    Complementarity,
    Entrance,
    EventInfo,
    Exhibitor,
    ExhibitorStatus,
    Hall,
    ModelError,
    Needs,
    NeighbourRules,
    Obstacle,
    ObstacleKind,
    Plan,
    PriorityTier,
    Project,
    Rect,
    RuleWeights,
    Sector,
    Settings,
    Side,
    SolverSettings,
    Wishes,
)

PERSIAN_NAME = "شرکت قطعه‌سازان قدس"


def full_project() -> Project:
    """A project that sets every field of the model to a value other than its default."""
    p = Project(id="qods-1400")
    p.set_event(
        EventInfo("نمایشگاه صنایع شهرستان قدس", "Qods Industries", "2026-10-04", "2026-10-08", "fa")
    )
    p.put_hall(
        Hall(
            "H1",
            "سالن ۱",
            "Hall 1",
            Rect(0, 0, 3000, 2000),
            (Entrance(Side.BOTTOM, 1200, 400), Entrance(Side.LEFT, 500)),
        )
    )
    p.put_hall(Hall("H2", "سالن ۲", "Hall 2", Rect(4000, 0, 2000, 2000)))
    p.put_obstacle(Obstacle("P1", "H1", ObstacleKind.PILLAR, Rect(1500, 1000, 60, 60), "ستون"))
    p.put_obstacle(Obstacle("X1", "H2", ObstacleKind.FIRE_EXIT, Rect(4000, 900, 200, 200)))
    p.put_booths(
        [
            Booth("b1", "A-1", "H1", Rect(0, 0, 300, 300), power=True),
            Booth("b2", "A-2", "H1", Rect(300, 0, 300, 300), water=True, premium=True),
            Booth("b3", "A-3", "H1", Rect(600, 0, 600, 300), heavy_floor=True, premium=False),
            Booth("b4", "B-1", "H2", Rect(4600, 600, 600, 600), status=BoothStatus.RESERVED),
            Booth("b5", "B-2", "H2", Rect(4600, 1200, 300, 300), status=BoothStatus.BLOCKED),
        ]
    )
    p.put_sector(Sector("auto", "قطعات خودرو", "Automotive parts", "#1f77b4"))
    p.put_sector(Sector("metal", "فلزات پایه", "Basic metals", "#FF7F0E"))
    p.put_sector(Sector("estate", "شهرک‌های صنعتی", "Industrial estates", "#2ca02c"))
    p.set_complementarity(Complementarity({("metal", "auto"): 3, ("estate", "auto"): 1}))
    p.put_exhibitors(
        [
            Exhibitor(
                "E-1",
                PERSIAN_NAME,
                "Qods Parts",
                "auto",
                9,
                9,
                18,
                needs=Needs(power=True, water=True, heavy_floor=True),
                wishes=Wishes(corner=True, island=True, preferred_hall="H1", hall_required=True),
                priority=PriorityTier.SPONSOR,
                registered_on="2026-06-01",
                competitors=("E-2",),
                partners=("E-3",),
                phone="۰۲۱-۴۶۸۰۰۰۰",
                note="غرفه نزدیک ورودی",
            ),
            Exhibitor(
                "E-2",
                "ریخته‌گری البرز",
                "",
                "metal",
                12.5,
                9,
                18,
                priority=PriorityTier.RETURNING,
                competitors=("E-1",),
            ),
            Exhibitor(
                "E-3",
                "شرکت شهرک‌های صنعتی",
                "Estates",
                "estate",
                36,
                36,
                36,
                pinned_booths=("b4",),
                partners=("E-1",),
            ),
            Exhibitor(
                "E-4", "انصرافی", "Withdrawn Co", "auto", 9, 9, 9, status=ExhibitorStatus.WITHDRAWN
            ),
        ]
    )
    p.set_plan(Plan({"E-1": ("b2", "b1"), "E-3": ("b4",)}, frozenset({"E-3"})))
    p.set_baseline(Plan({"E-1": ("b1",), "E-2": ("b3",)}))
    p.set_settings(
        Settings(
            RuleWeights(same_sector=11, waste=2, move=900),
            NeighbourRules(min_shared_wall_cm=60, aisle_max_cm=350, competitors_facing=False),
            SolverSettings(time_limit_s=12.5, seed=7, workers=1, reproducible=False),
        )
    )
    return p


def entities(p: Project) -> tuple:
    """Everything that describes the exhibition, in a form that compares by value."""
    return (
        p.id,
        p.event,
        list(p.halls.items()),
        list(p.obstacles.items()),
        list(p.booths.items()),
        list(p.sectors.items()),
        dict(p.complementarity.weights),
        list(p.exhibitors.items()),
        p.plan,
        p.baseline,
        p.settings,
    )


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / f"qods{EXTENSION}"
    save_project(full_project(), path)
    return path


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


# -- round trips ------------------------------------------------------------------------------


def test_dict_round_trip_keeps_every_field():
    project = full_project()
    data = project_to_dict(project)
    loaded = project_from_dict(copy.deepcopy(data))
    assert entities(loaded) == entities(project)
    assert project_to_dict(loaded) == data


def test_project_from_dict_does_not_modify_its_input():
    data = project_to_dict(full_project())
    before = copy.deepcopy(data)
    project_from_dict(data)
    assert data == before


def test_disk_round_trip_keeps_every_field_and_persian_stays_readable(good_file: Path):
    loaded = load_project(good_file)
    assert entities(loaded) == entities(full_project())
    text = good_file.read_text(encoding="utf-8")
    assert PERSIAN_NAME in text and "\\u" not in text
    assert text.endswith("}\n")
    assert text.startswith('{\n  "format": "qods-planner-project",\n  "format_version": 1,')


def test_saving_is_deterministic_and_keeps_entity_order(tmp_path: Path, good_file: Path):
    again = tmp_path / "again.qods.json"
    save_project(load_project(good_file), again)
    assert again.read_bytes() == good_file.read_bytes()
    data = json.loads(good_file.read_text(encoding="utf-8"))
    assert [b["id"] for b in data["booths"]] == ["b1", "b2", "b3", "b4", "b5"]
    assert data["plan"] == {"stands": {"E-1": ["b1", "b2"], "E-3": ["b4"]}, "locked": ["E-3"]}


def test_file_written_is_valid_against_the_shipped_schema(good_file: Path):
    schema = project_schema()
    Draft202012Validator.check_schema(schema)
    data = json.loads(good_file.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    assert data["format"] == FORMAT and data["format_version"] == FORMAT_VERSION


def test_units_in_the_file_are_cm_m2_and_iso_dates(good_file: Path):
    data = json.loads(good_file.read_text(encoding="utf-8"))
    assert data["booths"][2]["rect"] == {"x": 600, "y": 0, "w": 600, "h": 300}
    e1, e2 = data["exhibitors"][:2]
    assert (e1["requested_m2"], e1["max_m2"], e2["requested_m2"]) == (9, 18, 12.5)
    assert isinstance(e1["requested_m2"], int)  # whole m² written as 9, not 9.0
    assert e1["registered_on"] == "2026-06-01"
    assert data["complementarity"] == [
        {"a": "auto", "b": "estate", "weight": 1},
        {"a": "auto", "b": "metal", "weight": 3},
    ]


def test_schema_lists_exactly_the_model_fields():
    defs = project_schema()["$defs"]
    settings = defs["settings"]["properties"]
    for name, cls in (
        ("weights", RuleWeights),
        ("neighbours", NeighbourRules),
        ("solver", SolverSettings),
    ):
        assert set(settings[name]["properties"]) == {f.name for f in fields(cls)}, name
    assert set(defs["needs"]["properties"]) == {f.name for f in fields(Needs)}
    assert set(defs["wishes"]["properties"]) == {f.name for f in fields(Wishes)}
    assert defs["booth"]["properties"]["status"]["enum"] == [s.value for s in BoothStatus]
    assert defs["obstacle"]["properties"]["kind"]["enum"] == [k.value for k in ObstacleKind]
    assert defs["exhibitor"]["properties"]["priority"]["enum"] == [t.value for t in PriorityTier]
    # every exhibitor field has a place in the file ("sector" holds sector_id)
    model = {f.name for f in fields(Exhibitor)} - {"sector_id"} | {"sector"}
    assert set(defs["exhibitor"]["properties"]) == model


def test_a_short_hand_written_file_takes_the_model_defaults():
    data = {
        "format": FORMAT,
        "format_version": 1,
        "halls": [
            {
                "id": "H1",
                "name_fa": "سالن",
                "name_en": "Hall",
                "outline": {"x": 0, "y": 0, "w": 1000, "h": 1000},
            }
        ],
        "booths": [{"id": "A1", "hall": "H1", "rect": {"x": 0, "y": 0, "w": 300, "h": 300.0}}],
        "sectors": [{"id": "food", "name_fa": "غذایی", "name_en": "Food", "colour": "#00aa00"}],
        "exhibitors": [{"id": "e1", "name_fa": "لبنیات", "sector": "food", "requested_m2": 9}],
    }
    p = project_from_dict(data)
    assert p.booths["A1"] == Booth("A1", "A1", "H1", Rect(0, 0, 300, 300))  # label = id
    assert type(p.booths["A1"].rect.h) is int
    assert p.exhibitors["e1"] == Exhibitor("e1", "لبنیات", "", "food", 9, 9, 9)
    assert p.event == EventInfo() and p.settings == Settings()
    assert p.plan == Plan() and p.baseline is None and p.obstacles == {}
    assert p.id  # a fresh id when the file has none


# -- atomic saving ----------------------------------------------------------------------------


class Crash(Exception):
    pass


def test_crash_while_writing_leaves_old_file_and_no_temp_file(good_file, monkeypatch):
    before = good_file.read_bytes()
    changed = full_project()
    changed.remove_exhibitor("E-4")
    seen_partial = []

    def crash(fd):
        # the new text is in the temporary file, not yet in place
        temps = [p for p in good_file.parent.iterdir() if p != good_file]
        seen_partial.extend(temps)
        raise Crash("power cut")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(Crash):
        save_project(changed, good_file)
    assert len(seen_partial) == 1 and seen_partial[0].name.startswith(f".{good_file.name}.")
    assert good_file.read_bytes() == before
    assert sorted(good_file.parent.iterdir()) == [good_file]


def test_failed_replace_reports_a_file_error_and_cleans_up(good_file, monkeypatch):
    before = good_file.read_bytes()

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ProjectFileError, match="cannot be saved: Permission denied"):
        save_project(full_project(), good_file)
    assert good_file.read_bytes() == before
    assert sorted(good_file.parent.iterdir()) == [good_file]


def test_failed_first_save_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "new.qods.json"
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(ProjectFileError, match="No space"):
        save_project(full_project(), target)
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_missing_folder_is_a_file_error(tmp_path):
    with pytest.raises(ProjectFileError, match="cannot be saved"):
        save_project(full_project(), tmp_path / "no" / "such.qods.json")


def test_save_replaces_the_old_content_and_keeps_its_permissions(good_file):
    good_file.chmod(0o640)
    changed = full_project()
    changed.remove_exhibitor("E-4")
    save_project(changed, good_file)
    assert "E-4" not in load_project(good_file).exhibitors
    assert good_file.stat().st_mode & 0o777 == 0o640
    assert sorted(good_file.parent.iterdir()) == [good_file]


def test_save_refuses_a_project_that_could_not_be_loaded_again(good_file):
    before = good_file.read_bytes()
    broken = full_project()
    broken.put_booth(Booth("b9", "A-9", "H1", Rect(100, 100, 300, 300)))  # on b1 and b2
    with pytest.raises(ProjectFileError) as info:
        save_project(broken, good_file)
    assert "booths[b1].rect: booth A-1 overlaps booth A-9" in str(info.value)
    assert good_file.read_bytes() == before


# -- bad files --------------------------------------------------------------------------------


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
