"""The sample exhibitions in samples/: they load, match the schema, keep their promises, are
reproducible from samples/make_samples.py, and a plan without hard violations exists."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from qods_planner.default_sectors import NON_COMMERCIAL
from qods_planner.files import load_project, save_project
from qods_planner.layout import Relation, layout_of
from qods_planner.model import BoothKind, BoothStatus, PriorityTier, project_problems
from qods_planner.validation import check

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SCHEMA = ROOT / "qods_planner" / "schema" / "project.schema.json"


def _make_samples():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_samples = _make_samples()
FILES = {"qods": make_samples.QODS_FILE, "small": make_samples.SMALL_FILE}
BUILDERS = {"qods": make_samples.build_qods, "small": make_samples.build_small}


@pytest.fixture(scope="module")
def qods():
    return load_project(make_samples.QODS_FILE)


@pytest.fixture(scope="module")
def qods_witness():
    return make_samples.build_qods()[1]


@pytest.mark.parametrize("name", FILES)
def test_sample_loads_soundly_with_an_empty_plan(name):
    project = load_project(FILES[name])
    assert project_problems(project) == []
    assert not project.plan.stands and project.baseline is None


@pytest.mark.parametrize("name", FILES)
def test_sample_satisfies_the_json_schema(name):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = json.loads(FILES[name].read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


@pytest.mark.parametrize("name", FILES)
def test_sample_file_is_what_make_samples_writes(name, tmp_path):
    project, _ = BUILDERS[name]()
    out = tmp_path / FILES[name].name
    save_project(project, out)
    assert out.read_bytes() == FILES[name].read_bytes(), "run python samples/make_samples.py"


@pytest.mark.parametrize("name", FILES)
def test_a_plan_without_hard_violations_exists(name):
    project = load_project(FILES[name])
    witness = BUILDERS[name]()[1]
    report = check(project, witness)
    assert report.ok, [v.message for v in report.hard]
    assert report.waitlisted == 0 and report.assigned == len(project.exhibitors)


def test_qods_sample_event_and_halls(qods):
    assert qods.event.name_fa == "نخستین نمایشگاه توانمندی‌های صنعتی شهرستان قدس"
    assert "Qods" in qods.event.name_en
    assert (qods.event.start, qods.event.end) == ("2026-10-04", "2026-10-07")  # Mehr 1405
    assert len(qods.halls) == 2
    assert all(h.name_fa.strip() and h.name_en.strip() and h.entrances for h in qods.halls.values())


def test_qods_sample_booths(qods):
    assert 140 <= len(qods.booths) <= 160
    areas = [b.area / 10_000 for b in qods.booths.values()]
    assert min(areas) == 9 and max(areas) == 72
    layout = layout_of(qods)
    kinds = Counter(layout.kind(b) for b in qods.booths)
    assert kinds[BoothKind.ISLAND] and kinds[BoothKind.CORNER] and kinds[BoothKind.PENINSULA]
    relations = Counter(rel for _, _, rel in layout.neighbour_pairs())
    assert relations[Relation.BACK_TO_BACK] and relations[Relation.FACING]
    assert relations[Relation.SIDE_BY_SIDE]


def test_qods_sample_exhibitors_and_sectors(qods):
    exhibitors = list(qods.exhibitors.values())
    assert 120 <= len(exhibitors) <= 140
    sizes = Counter(e.sector_id for e in exhibitors)
    commercial = {s: n for s, n in sizes.items() if s not in NON_COMMERCIAL}
    assert len(commercial) >= 12
    assert max(commercial, key=commercial.get) == "auto-parts"  # the flagship
    sponsors = [e for e in exhibitors if e.priority is PriorityTier.SPONSOR]
    assert 1 <= len(sponsors) <= 5 and any(e.sector_id == "auto-parts" for e in sponsors)
    assert any(e.priority is PriorityTier.RETURNING for e in exhibitors)
    assert len({e.name_fa for e in exhibitors}) == len(exhibitors)
    assert all(e.name_en for e in exhibitors)
    assert any("قطعه‌سازی" in e.name_fa for e in exhibitors)


def test_qods_sample_competitors_are_a_dozen_same_sector_pairs(qods):
    pairs = qods.symmetric_pairs("competitors")
    assert len(pairs) == 12
    assert all(qods.exhibitors[a].sector_id == qods.exhibitors[b].sector_id for a, b in pairs)


def test_qods_sample_estates_are_pinned_near_an_entrance(qods):
    estates = [e for e in qods.exhibitors.values() if e.sector_id == "industrial-estates"]
    names = {e.name_fa for e in estates}
    assert {"شهرک صنعتی قدس", "شهرک صنعتی نصیرآباد"} <= names
    layout = layout_of(qods)
    for e in estates:
        assert e.pinned_booths
        for bid in e.pinned_booths:
            assert qods.booths[bid].status is BoothStatus.RESERVED
            assert layout.premium[bid], f"{e.name_en} is not near an entrance"
    reserved = {b.id for b in qods.booths.values() if b.status is BoothStatus.RESERVED}
    assert reserved == {b for e in estates for b in e.pinned_booths}


def test_qods_sample_has_service_desks_and_banks(qods):
    desks = [e.name_fa for e in qods.exhibitors.values() if e.sector_id == "gov-services"]
    banks = [e.name_fa for e in qods.exhibitors.values() if e.sector_id == "banks"]
    assert any("اداره صمت" in d for d in desks)
    assert any("تأمین اجتماعی" in d for d in desks)
    assert any("امور مالیاتی" in d for d in desks)
    assert len(banks) >= 3


def test_qods_witness_keeps_competitors_apart_and_places_pins(qods, qods_witness):
    for e in qods.exhibitors.values():
        if e.pinned_booths:
            assert qods_witness.stands[e.id] == tuple(sorted(e.pinned_booths))
    assert check(qods, qods_witness).by_rule("competitors_adjacent") == []


def test_small_demo_sample():
    project = load_project(make_samples.SMALL_FILE)
    assert len(project.halls) == 1
    assert 18 <= len(project.booths) <= 22
    assert 14 <= len(project.exhibitors) <= 18
    assert project.symmetric_pairs("competitors")
