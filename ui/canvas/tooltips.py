"""Tooltip text of booths and obstacles, composed when the pointer rests on one (not per
change), so the derived layout is computed only when someone asks."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from qods_planner.layout import layout_of
from qods_planner.model import Project, m2

from ..commands.edit_refusals import obstacle_kind_name
from ..i18n import format_number
from .style import kind_name, status_name

translate = QCoreApplication.translate


def _metres(cm: int) -> str:
    return format_number(cm / 100)


def booth_tooltip(
    project: Project, booth_id: str, violations: list[tuple[str, bool]], language: str = "en"
) -> str:
    """Label, size, area, kind, status, services, the occupant and any rule violations."""
    booth = project.booths.get(booth_id)
    if booth is None:
        return ""
    layout = layout_of(project)
    lines = [
        f"<b>{escape(booth.label)}</b>",
        translate("Tooltips", "{0} × {1} m, {2} m²").format(
            _metres(booth.rect.w), _metres(booth.rect.h), format_number(m2(booth.area))
        ),
        translate("Tooltips", "Kind: {0}").format(kind_name(layout.kind(booth_id)))
        if booth_id in layout.open_sides
        else "",
        translate("Tooltips", "Status: {0}").format(status_name(booth.status)),
    ]
    services = [
        name
        for flag, name in (
            (booth.power, translate("Tooltips", "power")),
            (booth.water, translate("Tooltips", "water")),
            (booth.heavy_floor, translate("Tooltips", "heavy floor")),
        )
        if flag
    ]
    if services:
        lines.append(
            translate("Tooltips", "Services: {0}").format(
                translate("Tooltips", ", ").join(services)
            )
        )
    if layout.premium.get(booth_id):
        lines.append(translate("Tooltips", "Premium location"))
    holder = project.plan.occupants().get(booth_id)
    if holder is not None:
        ex = project.exhibitors.get(holder)
        name = ex.name(language) if ex else holder
        sector = project.sectors.get(ex.sector_id) if ex else None
        lines.append(translate("Tooltips", "Exhibitor: {0}").format(escape(name)))
        if sector is not None:
            sector_name = escape(sector.name(language))
            lines.append(translate("Tooltips", "Sector: {0}").format(sector_name))
        if holder in project.plan.locked:
            lines.append(translate("Tooltips", "Locked in place"))
    else:
        lines.append(translate("Tooltips", "Free"))
    for message, hard in violations:
        colour = "#d50000" if hard else "#b26a00"
        lines.append(f'<span style="color:{colour}">⚠ {escape(message)}</span>')
    return "<br>".join(line for line in lines if line)


def obstacle_tooltip(project: Project, obstacle_id: str) -> str:
    ob = project.obstacles.get(obstacle_id)
    if ob is None:
        return ""
    title = escape(ob.label or ob.id)
    return "<br>".join(
        [
            f"<b>{title}</b>",
            obstacle_kind_name(ob.kind),
            translate("Tooltips", "{0} × {1} m").format(_metres(ob.rect.w), _metres(ob.rect.h)),
        ]
    )
