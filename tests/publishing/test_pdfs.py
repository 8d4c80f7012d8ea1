"""Letters, move notices, the catalogue and the space report as PDFs: every placed exhibitor
has a letter that names its stand, the notices are exactly the changes, the catalogue holds
each placed exhibitor once, nothing is printed under 6 pt, and the text reads back whole."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from qods_planner.model import BoothStatus, ExhibitorStatus, Plan
from qods_planner.publishing.book import sections
from qods_planner.publishing.letters import NoPublishedPlan, file_name
from qods_planner.publishing.stand_facts import placed_stands
from ui.i18n import install_fonts
from ui.printing.units import MIN_TEXT_PT
from ui.publishing.catalogue import catalogue_pages, write_catalogue
from ui.publishing.letter_pages import letter_pages
from ui.publishing.letter_pdfs import write_letters
from ui.publishing.pdf import write_pdf
from ui.publishing.space_pages import space_pages

from .pdftext import holds, needs_poppler, pdf_pages, pdf_text, readable


@pytest.fixture(autouse=True)
def _fonts(qapp):
    install_fonts(qapp)


@needs_poppler
def test_every_placed_exhibitor_has_a_letter_that_names_its_stand(sample, tmp_path):
    done = write_letters(sample, tmp_path)
    stands = placed_stands(sample)
    assert sorted(p.name for p in done.files) == sorted(
        file_name(sample.exhibitors[e]) for e in stands
    )
    for eid, stand in stands.items():
        ex = sample.exhibitors[eid]
        text = pdf_text(tmp_path / file_name(ex))
        assert holds(text, ex.name(ex.language)), eid
        for label in stand.labels:
            # the map shows every booth's label once; the stand's is also in the facts and
            # the map's caption
            assert len(re.findall(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text)) >= 2, label
        hall = sample.halls[stand.hall_id].name(ex.language)
        assert readable(hall) in text
    assert done.merged is not None and pdf_pages(done.merged) == done.pages >= len(stands)


@needs_poppler
def test_a_letter_speaks_its_exhibitors_language(sample, tmp_path):
    write_letters(sample, tmp_path)
    english = pdf_text(tmp_path / file_name(sample.exhibitors["E005"]))
    assert "Your stand" in english and "October 2026" in english and "Move-in" in english
    persian = pdf_text(tmp_path / file_name(sample.exhibitors["E001"]))
    assert readable("غرفه شما") in persian and readable("مهر ۱۴۰۵") in persian
    assert readable("نزدیک‌ترین ورودی") in persian


def _changed(project):
    """Publish, then: one moved, one whose booth is blocked (moves), one waitlisted, one
    withdrawn. Returns (moved, blocked, lost, left, blocked's old booth)."""
    project.set_baseline(project.plan)
    stands = dict(project.plan.stands)
    singles = [e for e, ids in stands.items() if len(ids) == 1]
    moved, blocked, lost, left = singles[:4]
    used = {b for ids in stands.values() for b in ids}
    free = [
        b.id
        for b in project.booths.values()
        if b.id not in used and b.status is BoothStatus.AVAILABLE
    ]
    stands[moved] = (free[0],)
    old = stands[blocked][0]
    project.put_booth(replace(project.booths[old], status=BoothStatus.BLOCKED))
    stands[blocked] = stands.pop(lost)
    del stands[left]
    project.put_exhibitor(replace(project.exhibitors[left], status=ExhibitorStatus.WITHDRAWN))
    project.set_plan(Plan(stands))
    return moved, blocked, lost, left, old


@needs_poppler
def test_move_notices_are_exactly_the_changes_with_old_and_new_booths(sample, tmp_path):
    moved, blocked, lost, left, old = _changed(sample)
    done = write_letters(sample, tmp_path, changed_only=True)
    names = {p.name for p in done.files}
    assert names == {file_name(sample.exhibitors[e]) for e in (moved, blocked, lost)}
    assert file_name(sample.exhibitors[left]) not in names  # withdrawn: no letter
    base = sample.baseline.stands
    for eid in (moved, blocked):
        text = pdf_text(tmp_path / file_name(sample.exhibitors[eid]))
        for b in (*base[eid], *sample.plan.stands[eid]):
            assert sample.booths[b].label in text
    blocked_text = pdf_text(tmp_path / file_name(sample.exhibitors[blocked]))
    assert readable("دیگر قابل استفاده نیست") in blocked_text
    lost_text = pdf_text(tmp_path / file_name(sample.exhibitors[lost]))
    assert readable("فهرست انتظار") in lost_text
    assert done.merged.name == "move-notices-all.pdf"


def test_move_notices_without_a_published_plan_are_refused(sample, tmp_path):
    with pytest.raises(NoPublishedPlan):
        write_letters(sample, tmp_path, changed_only=True)
    assert list(tmp_path.iterdir()) == []


@needs_poppler
def test_the_catalogue_holds_every_placed_exhibitor_once(sample, tmp_path):
    path = tmp_path / "catalogue.pdf"
    pages = write_catalogue(sample, path)
    assert pdf_pages(path) == pages
    found = [e for s in sections(sample) for e in s.entries]
    # the sections run from page 2 up to the first page of the Persian index
    all_pages = catalogue_pages(sample)
    first_index = next(i for i, p in enumerate(all_pages) if "الفبایی" in getattr(p, "title", ""))
    body = pdf_text(path, 2, first_index)
    for e in found:
        # each booth is one exhibitor's: its labels appear once in the sections, with the names
        for label in e.labels:
            assert len(re.findall(rf"(?<![\w-]){re.escape(label)}(?![\w-])", body)) == 1, label
        assert holds(body, e.name_fa) and e.name_en in body
    assert len(found) == len(placed_stands(sample))
    everything = pdf_text(path)
    assert readable("نمایه الفبایی") in everything and "Alphabetical index" in everything


def test_nothing_is_printed_under_6_pt(sample):
    pages = catalogue_pages(sample) + space_pages(sample, "fa") + space_pages(sample, "en")
    letters = [
        letter
        for letter in __import__(
            "qods_planner.publishing.letters", fromlist=["placement_letters"]
        ).placement_letters(sample)[:10]
    ]
    for letter in letters:
        pages += letter_pages(sample, letter)
    sizes = [box.points for page in pages for box in page.texts()]
    assert sizes and min(sizes) >= MIN_TEXT_PT


@needs_poppler
def test_the_space_report_reads_back_in_both_languages(sample, tmp_path):
    for lang, words in (
        ("fa", ("فضای غرفه‌ها در هر سالن", "جمع")),
        ("en", ("Booth floor per hall", "Total")),
    ):
        path = tmp_path / f"space-{lang}.pdf"
        write_pdf(path, space_pages(sample, lang), "space")
        text = pdf_text(path)
        for word in words:
            assert readable(word) in text
        for hall in sample.halls.values():
            assert readable(hall.name(lang)) in text
