"""A project and a plan that break every rule of booth choices, sector zones and caps and the
fair order once (the rules of `FAIR_ORDER_RULES`), for the message tests."""

from __future__ import annotations

from dataclasses import replace

from qods_planner.model import Plan, Project

from .builders import TinyProject, plan_of

FAIR_ORDER_RULES = {
    "outside_choices",
    "sector_zone",
    "sector_cap",
    "choice_unmet",
    "priority_inversion",
}


def fair_order_broken() -> tuple[Project, Plan]:
    b = TinyProject()
    b.row("A", 6, x=0, y=0)
    b.booth("Z1", 0, 1200, sectors=("food",))
    b.project.put_sector(replace(b.project.sectors["metal"], max_stands=1))
    first = {"priority_points": 1}  # e1–e5 rank above e7, e7 (dated) above e6 (undated)
    b.exhibitor("e1", choices=("A6",), choices_only=True, **first)  # outside its choice on A1
    b.exhibitor("e2", **first)  # on Z1, a food booth
    b.exhibitor("e3", sector="metal", **first)
    b.exhibitor("e4", sector="metal", **first)  # two metal stands, cap 1
    b.exhibitor("e5", choices=("A2",), **first)  # chose A2, holds A5; e6 holds A2
    b.exhibitor("e6")
    b.exhibitor("e7", registered_on="2026-01-01")  # waits, ranks above e6
    plan = plan_of(e1=["A1"], e2=["Z1"], e3=["A3"], e4=["A4"], e5=["A5"], e6=["A2"])
    return b.project, plan
