"""What letters, move notices, the catalogue, the map and the space report say: plain data
from the core, checked against the project they come from."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from qods_planner.messages import render
from qods_planner.model import BoothStatus, ExhibitorStatus, Plan
from qods_planner.publishing.book import entries, index, sections
from qods_planner.publishing.collation import english_key, persian_key
from qods_planner.publishing.html_map import CSP, WORDS, build_html, map_data, templates
from qods_planner.publishing.letters import (
    LOST,
    MOVE,
    NEW,
    PLACEMENT,
    NoPublishedPlan,
    file_name,
    move_notices,
    placement_letters,
)
from qods_planner.publishing.space import space_report, space_tables
from qods_planner.publishing.stand_facts import nearest_door, placed_stands
from qods_planner.publishing.value_chain import supply_chain, value_chain_order

from .conftest import FONTS


# -- collation ---------------------------------------------------------------------------------
def test_persian_order_is_alphabetical_not_by_code_points():
    words = ["یاس", "گل", "پارس", "ژاله", "چمن", "بهار", "آب", "ابر", "کوه", "ماشین", "ماشین سازی"]
    assert sorted(words, key=persian_key) == [
        "آب",
        "ابر",
        "بهار",
        "پارس",
        "چمن",
        "ژاله",
        "کوه",
        "گل",
        "ماشین",
        "ماشین سازی",
        "یاس",
    ]
    assert sorted(words) != sorted(words, key=persian_key)  # code points would be wrong


def test_persian_key_reads_arabic_letters_and_digits_as_persian():
    assert persian_key("كيان")[0] == persian_key("کیان")[0]
    assert sorted(["صنایع 10", "صنایع ۲"], key=persian_key) == ["صنایع ۲", "صنایع 10"]


def test_english_order_ignores_case_and_accents():
    assert sorted(["zagros", "Arya", "Émile", "behin"], key=english_key) == [
        "Arya",
        "behin",
        "Émile",
        "zagros",
    ]


# -- value chain --------------------------------------------------------------------------------
def _runs_in_order(order: list[str], run: list[str]) -> bool:
    at = [order.index(s) for s in run]
    return at == list(range(at[0], at[0] + len(run))) or at == list(
        range(at[0], at[0] - len(run), -1)
    )


def test_the_sample_sectors_follow_their_value_chains(sample):
    order = value_chain_order(sample)
    assert sorted(order) == sorted(sample.sectors)
    assert _runs_in_order(order, ["mining", "basic-metals", "machinery", "auto-parts"])
    assert _runs_in_order(order, ["chemicals", "plastics", "packaging", "food"])
    assert _runs_in_order(order, ["electrical", "electronics", "high-tech"])
    assert order.index("mining") < order.index("auto-parts")  # raw materials first


def test_without_a_matrix_the_order_is_the_projects(sample):
    from qods_planner.model import Complementarity

    sample.set_complementarity(Complementarity())
    assert value_chain_order(sample) == list(sample.sectors)


def test_the_supply_chain_of_a_sector_is_its_complementary_sectors(sample):
    chain = supply_chain(sample, "mining")
    assert chain[:2] == ["basic-metals", "construction"]  # weight 3 first, project order
    assert "food" not in chain
    assert all(sample.complementarity.weight("mining", s) > 0 for s in chain)


# -- stands and letters ------------------------------------------------------------------------
def test_every_placed_exhibitor_gets_one_letter_naming_its_booths(sample):
    letters = placement_letters(sample)
    stands = placed_stands(sample)
    assert sorted(letter.exhibitor_id for letter in letters) == sorted(stands)
    for letter in letters:
        ex = sample.exhibitors[letter.exhibitor_id]
        assert letter.language == ex.language
        assert letter.kind == PLACEMENT
        booths = next(
            f.value for f in letter.facts if f.label == render("Booth(s)", {}, ex.language)
        )
        for label in stands[ex.id].labels:
            assert label in booths
        assert letter.maps[0].now == stands[ex.id].booth_ids
    assert len({letter.file_name for letter in letters}) == len(letters)


def test_letters_are_in_the_exhibitors_language(sample):
    letters = {letter.exhibitor_id: letter for letter in placement_letters(sample)}
    english = letters["E005"]
    assert english.language == "en" and english.title == "Your stand"
    assert "October 2026" in english.dates and "Mehr 1405" in english.dates
    assert english.contact.startswith("Exhibition secretariat")
    persian = letters["E001"]
    assert persian.title == "غرفه شما" and "مهر ۱۴۰۵" in persian.dates
    assert persian.notes.startswith("تحویل غرفه‌ها")


def test_file_names_are_id_dash_name_and_safe(sample):
    ex = replace(sample.exhibitors["E001"], name_fa='شرکت "آلفا/بتا": قطعه')
    assert file_name(ex) == "E001-شرکت آلفا بتا قطعه.pdf"


def test_the_nearest_entrance_is_the_closest_door(sample):
    hall = sample.halls["H1"]
    door_rect = hall.entrances[0].rect_on(hall.outline)
    near = min(
        (b for b in sample.booths.values() if b.hall_id == "H1"),
        key=lambda b: abs(b.rect.x - door_rect.x) + abs(b.rect.bottom - door_rect.y),
    )
    door = nearest_door(sample, "H1", (near.id,))
    assert door is not None and door.index == 0


# -- move notices -----------------------------------------------------------------------------
def _free_booths(project):
    used = {b for ids in project.plan.stands.values() for b in ids}
    return [
        b.id
        for b in project.booths.values()
        if b.id not in used and b.status is BoothStatus.AVAILABLE
    ]


def test_move_notices_list_exactly_the_changes(sample):
    sample.set_baseline(sample.plan)
    stands = dict(sample.plan.stands)
    singles = [e for e, ids in stands.items() if len(ids) == 1]
    moved, blocked, lost, left = singles[:4]
    # moved: to a free booth; lost: waitlisted; blocked: its booth is blocked, it takes the
    # booth `lost` had; left: withdrew (its stand is released)
    stands[moved] = (_free_booths(sample)[0],)
    old_blocked = stands[blocked][0]
    sample.put_booth(replace(sample.booths[old_blocked], status=BoothStatus.BLOCKED))
    stands[blocked] = stands.pop(lost)
    del stands[left]
    sample.put_exhibitor(replace(sample.exhibitors[left], status=ExhibitorStatus.WITHDRAWN))
    sample.set_plan(Plan(stands))
    notices = {n.exhibitor_id: n for n in move_notices(sample)}
    assert set(notices) == {moved, blocked, lost}
    assert notices[moved].kind == MOVE and notices[blocked].kind == MOVE
    assert notices[lost].kind == LOST
    old_label = sample.booths[old_blocked].label
    reason = next(f.value for f in notices[blocked].facts if f.label in ("Reason", "علت"))
    assert old_label in reason
    assert [b for m in notices[blocked].maps for b in m.before] == [old_blocked]
    assert notices[blocked].maps[0].now == stands[blocked]


def test_a_newly_placed_exhibitor_gets_its_first_letter(sample):
    stands = dict(sample.plan.stands)
    newcomer = next(iter(stands))
    sample.set_baseline(Plan({e: b for e, b in stands.items() if e != newcomer}))
    notices = move_notices(sample)
    assert [(n.exhibitor_id, n.kind) for n in notices] == [(newcomer, NEW)]


def test_move_notices_need_a_published_plan(sample):
    with pytest.raises(NoPublishedPlan, match="publish"):
        move_notices(sample)


# -- the catalogue's content --------------------------------------------------------------------
def test_the_catalogue_holds_every_placed_exhibitor_once_in_value_chain_order(sample):
    found = [e.exhibitor_id for s in sections(sample) for e in s.entries]
    assert sorted(found) == sorted(placed_stands(sample))
    assert len(found) == len(set(found))
    order = value_chain_order(sample)
    ids = [s.sector_id for s in sections(sample)]
    assert ids == [s for s in order if s in ids]
    for section in sections(sample):
        names = [e.name_fa for e in section.entries]
        assert names == sorted(names, key=persian_key)


def test_the_indexes_are_alphabetical_and_complete(sample):
    found = entries(sample)
    for language, key in (("fa", persian_key), ("en", english_key)):
        groups = index(found, language)
        names = [e.name(language) for _, group in groups for e in group]
        assert names == sorted(names, key=key)
        assert len(names) == len(found)
        assert len({initial for initial, _ in groups}) == len(groups)


# -- the space report ---------------------------------------------------------------------------
def test_space_report_splits_each_halls_booth_floor_once(sample):
    report = space_report(sample)
    for row in report.halls:
        booths = [b for b in sample.booths.values() if b.hall_id == row.hall_id]
        assert row.total == sum(b.area for b in booths)
        assert row.booths == len(booths)
    stands = placed_stands(sample)
    assert report.total.assigned == sum(s.area_cm2 for s in stands.values())
    assert report.total.blocked == sum(
        b.area
        for b in sample.booths.values()
        if b.status is BoothStatus.BLOCKED and b.id not in sample.plan.occupants()
    )
    assert sum(k.stands for k in report.kinds) == len(stands)


def test_space_report_counts_the_waitlisted_per_sector(sample):
    gone = next(e for e in sample.plan.stands if sample.exhibitors[e].sector_id == "food")
    sample.set_plan(sample.plan.without([gone]))
    report = space_report(sample)
    food = next(r for r in report.sectors if r.sector_id == "food")
    members = [e for e in sample.exhibitors.values() if e.sector_id == "food"]
    assert food.waitlisted == 1 and food.placed == len(members) - 1
    assert food.waiting == sample.exhibitors[gone].requested_cm2
    assert report.sector_total.placed == len(sample.plan.stands)


def test_space_tables_are_in_both_languages(sample):
    report = space_report(sample)
    fa, en = space_tables(sample, report, "fa"), space_tables(sample, report, "en")
    assert [t.key for t in fa] == ["halls", "sectors", "kinds"]
    assert en[0].headers[0] == "Hall" and fa[0].headers[0] == "سالن"
    assert fa[0].rows[-1][0] == "جمع" and en[0].rows[-1][0] == "Total"
    assert fa[0].rows[-1][3] == sum(r[3] for r in fa[0].rows[:-1])


# -- the floor map's file -----------------------------------------------------------------------
def test_the_map_is_one_file_that_asks_for_nothing(sample):
    html = build_html(sample, FONTS)
    assert CSP in html and "default-src 'none'" in CSP
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", html))
    assert urls <= {"http://www.w3.org/2000/svg"}  # the SVG namespace is a name, not a fetch
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert html.count("data:font/ttf;base64,") == 2
    data = map_data(sample)
    assert sorted(s["id"] for s in data["stands"]) == sorted(placed_stands(sample))


def test_every_map_word_is_translated():
    fa = templates("fa")
    for key, english in WORDS.items():
        assert fa[key] != english, key


def test_the_workbook_has_the_space_report_sheet(sample):
    from qods_planner.excel.export.writer import build_workbook

    for lang, title in (("fa", "گزارش فضا"), ("en", "Space")):
        wb = build_workbook(sample, language=lang)
        ws = wb[title]
        assert sorted(ws.tables) == ["SpaceHalls", "SpaceKinds", "SpaceSectors"]
        report = space_report(sample)
        halls = ws.tables["SpaceHalls"].ref
        last = int(halls.split(":")[1][1:])
        assert ws.cell(last, 4).value == report.total.assigned / 10_000  # the total row
        assert ws.sheet_view.rightToLeft == (lang == "fa")
