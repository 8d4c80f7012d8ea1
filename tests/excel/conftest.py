"""A small exhibition built through the public model API, shared by the Excel tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from qods_planner.model import (
    Booth,
    BoothStatus,
    Entrance,
    EventInfo,
    Exhibitor,
    Hall,
    Needs,
    Obstacle,
    ObstacleKind,
    Plan,
    PriorityTier,
    Project,
    Rect,
    Sector,
    Side,
    Wishes,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def load_fixture_script():
    """tests/fixtures/make_fixtures.py as a module (it is a script, not a package)."""
    name = "qods_make_fixtures"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


SECTORS = [
    Sector("auto", "قطعات خودرو", "Automotive parts", "#d62728"),
    Sector("metal", "فلزات پایه", "Basic metals", "#7f7f7f"),
    Sector("food", "مواد غذایی", "Food and beverages", "#2ca02c"),
    Sector("chem", "شیمیایی", "Chemicals", "#9467bd"),
    Sector("tech", "دانش‌بنیان", "Knowledge-based", "#1f77b4"),
]


def build_project(language: str = "fa") -> Project:
    p = Project(
        event=EventInfo(
            "نمایشگاه صنایع قدس", "Qods Industries Exhibition", "2026-09-27", "2026-09-30", language
        ),
        id="test-project",
    )
    p.put_hall(
        Hall("h1", "سالن ۱", "Hall 1", Rect(0, 0, 3000, 2000), (Entrance(Side.BOTTOM, 1200, 400),))
    )
    # Halls share one coordinate plane (the canvas shows them side by side).
    p.put_hall(Hall("h2", "سالن ۲", "Hall 2", Rect(3500, 0, 2100, 1500)))
    p.put_obstacle(Obstacle("p1", "h1", ObstacleKind.PILLAR, Rect(1450, 950, 100, 100), "ستون"))
    booths = [
        Booth(f"a{i}", f"A-{i}", "h1", Rect((i - 1) * 300, 0, 300, 300), power=i <= 4)
        for i in range(1, 9)
    ]
    booths += [
        Booth(
            f"b{i}",
            f"B-{i}",
            "h1",
            Rect(600 + (i - 1) % 2 * 300, 700 + (i - 1) // 2 * 300, 300, 300),
        )
        for i in range(1, 5)
    ]
    booths += [
        Booth(f"c{i}", f"C-{i}", "h2", Rect(3500 + (i - 1) * 400, 0, 400, 300), water=i == 1)
        for i in range(1, 6)
    ]
    booths.append(Booth("c6", "C-6", "h2", Rect(3500, 1000, 600, 300), status=BoothStatus.BLOCKED))
    p.put_booths(booths)
    for s in SECTORS:
        p.put_sector(s)
    p.put_exhibitors(
        [
            Exhibitor(
                "e1",
                "قطعه‌سازان البرز",
                "Alborz Parts",
                "auto",
                9,
                9,
                18,
                needs=Needs(power=True),
                priority=PriorityTier.SPONSOR,
                competitors=("e2",),
                phone="09121234567",
            ),
            Exhibitor("e2", "ایران پیستون", "Iran Piston", "auto", 9, 9, 13.5),
            Exhibitor(
                "e3", "فولاد قدس", "Qods Steel", "metal", 18, 18, 27, wishes=Wishes(corner=True)
            ),
            Exhibitor(
                "e4",
                "لبنیات کاله",
                "Kaleh Dairy",
                "food",
                12,
                12,
                18,
                needs=Needs(water=True),
                wishes=Wishes(preferred_hall="h2"),
            ),
            Exhibitor("e5", "پتروشیمی شازند", "Shazand Petrochemical", "chem", 9, 9, 13.5),
            Exhibitor(
                "e6", "فناوران نوین", "Novin Tech", "tech", 9, 9, 13.5, registered_on="2026-08-03"
            ),
        ]
    )
    p.set_plan(
        Plan({"e1": ("a1",), "e2": ("a5",), "e3": ("b1", "b2"), "e4": ("c1",)}, frozenset({"e1"}))
    )
    p.set_baseline(Plan({"e1": ("a1",), "e2": ("a2",), "e3": ("b1", "b2"), "e5": ("c2",)}))
    return p


@pytest.fixture
def project() -> Project:
    return build_project()


@pytest.fixture
def fixtures_script():
    return load_fixture_script()
