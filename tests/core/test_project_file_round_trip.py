"""Project-file round trips: every field kept, deterministic text, the schema, units, defaults."""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from pathlib import Path

import pytest
from helpers.full_project import PERSIAN_NAME, full_project, saved_full_project
from jsonschema import Draft202012Validator

from qods_planner.files import (
    FORMAT,
    FORMAT_VERSION,
    load_project,
    project_from_dict,
    project_schema,
    project_to_dict,
    save_project,
)
from qods_planner.model import (
    Booth,
    BoothStatus,
    EventInfo,
    Exhibitor,
    Needs,
    NeighbourRules,
    ObstacleKind,
    Plan,
    PriorityTier,
    Project,
    Rect,
    RuleWeights,
    Settings,
    SolverSettings,
    Wishes,
)


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return saved_full_project(tmp_path)


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
