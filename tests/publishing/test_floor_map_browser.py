"""The offline floor map in a real browser: Debian's Chromium driven by Playwright for Python
(`executable_path`, no browser download), with the network cut off. Every test also checks
that the page logged no error and asked for nothing but its own file."""

from __future__ import annotations

import os
import shutil

import pytest

from qods_planner.publishing.html_map import build_html
from qods_planner.publishing.stand_facts import placed_stands
from qods_planner.text import normalise_key

from .conftest import FONTS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# On CI (.ci/run installs both) a missing browser is a failure, never a silent skip.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
try:
    import playwright.sync_api as playwright
except ImportError:
    if IN_CI:
        pytest.fail("CI: playwright is not installed", pytrace=False)
    pytest.skip("playwright is not installed", allow_module_level=True)
if not CHROMIUM:
    if IN_CI:
        pytest.fail("CI: Debian's chromium is not installed", pytrace=False)
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


class Visit:
    """A page of the map, with what it logged and asked for."""

    def __init__(self, browser, path, width=1280, height=900):
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.context.set_offline(True)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on(
            "console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text)
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("document.fonts.status === 'loaded'")

    def _route(self, route):
        self.requests.append(route.request.url)
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def close(self):
        self.context.close()
        assert self.errors == [], "the page logged errors"
        assert set(self.requests) <= {self.url}, "a request left the file"

    def visible_rows(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#rows tr", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.ex)"
        )

    def visible_stands(self) -> list[str]:
        return self.page.eval_on_selector_all(
            ".stand",
            "gs => gs.filter(g => getComputedStyle(g).display !== 'none').map(g => g.dataset.ex)",
        )


@pytest.fixture
def visit(browser, sample, tmp_path):
    path = tmp_path / "map.html"
    path.write_text(build_html(sample, FONTS), encoding="utf-8")
    v = Visit(browser, path)
    yield v
    v.close()


def _arabic(text: str) -> str:
    """As typed on an Arabic keyboard: ي and ك, no zero-width non-joiner."""
    return text.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ")


def test_a_persian_name_typed_with_arabic_letters_finds_its_stand(visit, sample):
    ex = next(
        e
        for e in sample.exhibitors.values()
        if "ی" in e.name_fa and "ک" in e.name_fa and e.id in sample.plan.stands
    )
    typed = _arabic(ex.name_fa)
    assert typed != ex.name_fa
    visit.page.fill("#q", typed)
    assert visit.visible_rows() == [ex.id]
    assert visit.visible_stands() == [ex.id]
    assert visit.page.text_content("#q-count") == "۱ مورد پیدا شد"


def test_search_by_english_name_and_by_booth_label_in_any_digits(visit, sample):
    stands = placed_stands(sample)
    ex = sample.exhibitors["E001"]
    visit.page.fill("#q", ex.name_en.upper())
    assert ex.id in visit.visible_rows()
    label = stands[ex.id].labels[0]  # e.g. "A-76"
    digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
    visit.page.fill("#q", label.lower().replace("-", " ").translate(digits))
    rows = visit.visible_rows()
    assert ex.id in rows
    assert all(
        any(normalise_key(label) in normalise_key(lb) for lb in stands[e].labels) for e in rows
    )
    visit.page.fill("#q", "no such firm at all")
    assert visit.visible_rows() == [] and visit.page.text_content("#q-count") == "چیزی پیدا نشد"


def test_a_sector_filter_hides_the_other_sectors(visit, sample):
    visit.page.click("#none")
    assert visit.visible_rows() == [] and visit.visible_stands() == []
    visit.page.check("#sector-list input[value='food']")
    food = sorted(e for e in sample.plan.stands if sample.exhibitors[e].sector_id == "food")
    assert sorted(visit.visible_rows()) == food
    assert sorted(visit.visible_stands()) == food
    visit.page.click("#all")
    assert len(visit.visible_rows()) == len(sample.plan.stands)


def test_a_stands_card_opens_from_the_list_and_from_the_plan(visit, sample):
    stands = placed_stands(sample)
    ex = sample.exhibitors["E001"]
    visit.page.click(f"#rows tr[data-ex='{ex.id}'] button")
    card = visit.page.locator("#card")
    assert card.is_visible()
    assert visit.page.text_content("#card-name") == ex.name_fa
    assert visit.page.text_content("#card-other") == ex.name_en
    assert stands[ex.id].labels[0] in visit.page.text_content("#card-booths")
    assert visit.page.text_content("#card-sector") == sample.sectors[ex.sector_id].name_fa
    visit.page.keyboard.press("Escape")
    assert not card.is_visible()
    # the focus is back on the button that opened it
    assert visit.page.evaluate("document.activeElement.closest('tr').dataset.ex") == ex.id
    other = next(e for e in stands if e != ex.id)
    visit.page.locator(f".stand[data-ex='{other}'] path").dispatch_event("click")
    assert card.is_visible()
    assert visit.page.text_content("#card-name") == sample.exhibitors[other].name_fa


def test_show_the_supply_chain_highlights_the_complementary_sectors(visit, sample):
    ex = next(e for e in sample.plan.stands if sample.exhibitors[e].sector_id == "mining")
    visit.page.click(f"#rows tr[data-ex='{ex}'] button")
    visit.page.click("#card-chain")
    text = visit.page.text_content("#chain-text")
    assert sample.sectors["basic-metals"].name_fa in text
    assert sample.sectors["food"].name_fa not in text
    chained = visit.page.eval_on_selector_all(
        ".stand.chained", "gs => gs.map(g => g.dataset.sector)"
    )
    expected = {"mining"} | {
        s for s in sample.sectors if sample.complementarity.weight("mining", s) > 0
    }
    assert set(chained) == expected & {e.sector_id for e in sample.exhibitors.values()}
    dimmed = visit.page.eval_on_selector_all(".stand.dim", "gs => gs.map(g => g.dataset.sector)")
    assert "food" in dimmed and "mining" not in dimmed
    visit.page.click("#chain-clear")
    assert visit.page.eval_on_selector_all(".stand.dim", "gs => gs.length") == 0


def test_the_language_switch_turns_the_page_left_to_right_in_english(visit, sample):
    page = visit.page
    assert page.evaluate("[document.documentElement.dir, document.documentElement.lang]") == [
        "rtl",
        "fa",
    ]
    page.click("button[data-lang='en']")
    assert page.evaluate("[document.documentElement.dir, document.documentElement.lang]") == [
        "ltr",
        "en",
    ]
    assert page.text_content("label[for='q']") == "Search exhibitors or booths"
    name = sample.exhibitors["E001"].name_en
    assert page.text_content("#rows tr[data-ex='E001'] button") == name
    assert page.text_content(".stand[data-ex='E001'] .name") == name


def test_every_control_has_a_name_and_the_keyboard_reaches_search_and_cards(visit, sample):
    page = visit.page
    unnamed = page.evaluate(
        """[...document.querySelectorAll('button, input, .viewport')]
             .filter(el => !(el.getAttribute('aria-label') || el.textContent.trim()
                             || (el.labels && el.labels.length)))
             .map(el => el.outerHTML.slice(0, 80))"""
    )
    assert unnamed == []
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the language buttons, into the search field
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type(sample.exhibitors["E001"].name_fa)
    page.focus("#rows tr[data-ex='E001'] button")
    page.keyboard.press("Enter")
    assert page.locator("#card").is_visible()


def test_the_plan_zooms_with_buttons_and_keys(visit):
    page = visit.page
    home = page.get_attribute(".hall svg", "viewBox")
    page.click(".hall .zin")
    zoomed = page.get_attribute(".hall svg", "viewBox")
    assert float(zoomed.split()[2]) < float(home.split()[2])
    page.focus(".hall .viewport")
    page.keyboard.press("ArrowRight")
    assert page.get_attribute(".hall svg", "viewBox").split()[0] != zoomed.split()[0]
    page.keyboard.press("0")
    assert page.get_attribute(".hall svg", "viewBox") == home


def test_the_pages_search_key_is_the_cores(visit):
    samples = [
        "ماشین‌سازی ملارد",
        "ماشين سازي ملارد",
        "كاشي «آريا»",
        "Behin-Machining 12",
        "۱۲ A-۷",
        "مؤسسه إيران ة",
        "ﻣﺎﺷﻴﻦ",
    ]
    got = visit.page.evaluate("texts => texts.map(t => window.qodsSearchKey(t))", samples)
    assert got == [normalise_key(t) for t in samples]


def test_every_name_on_the_plan_stays_inside_its_stand(visit):
    page = visit.page
    check = """() => [...document.querySelectorAll('.stand .name')]
        .filter(t => getComputedStyle(t).display !== 'none' && t.textContent)
        .filter(t => t.getBBox().width > Number(t.dataset.w)
                  || t.getBBox().height > Number(t.dataset.h))
        .map(t => t.textContent)"""
    assert page.evaluate(check) == []
    shown = page.evaluate(
        "[...document.querySelectorAll('.stand .name')]"
        ".filter(t => getComputedStyle(t).display !== 'none').length"
    )
    assert shown > 20  # most stands carry their name
    page.click("button[data-lang='en']")  # names are fitted again in the other language
    page.click("button[data-lang='fa']")
    assert page.evaluate(check) == []
