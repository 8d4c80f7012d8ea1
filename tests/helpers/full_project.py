"""A project that sets every field of the model, and that project saved: for the project-file
tests (tests/core/test_project_file_*.py)."""

from __future__ import annotations

from pathlib import Path

from qods_planner.files import EXTENSION, save_project
from qods_planner.model import (
    Booth,
    BoothStatus,
    Complementarity,
    Entrance,
    EventInfo,
    Exhibitor,
    ExhibitorStatus,
    Hall,
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


def saved_full_project(folder: Path) -> Path:
    """full_project() saved in folder, as the file the project-file tests start from."""
    path = folder / f"qods{EXTENSION}"
    save_project(full_project(), path)
    return path
