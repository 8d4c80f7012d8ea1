"""What the letters to exhibitors say, as plain data; `ui.publishing` lays them out as PDFs.

`placement_letters(project)`: one letter per placed exhibitor, in its language
(`Exhibitor.language`): the event and its days, the exhibitor, its booth labels, hall, area,
services, stand kind and nearest entrance, a map of the hall (the stand highlighted, the
entrance marked), the move-in notes and the organiser's contact (`EventInfo`).

`move_notices(project)`: after a re-solve, for each registered exhibitor whose stand differs
from the published plan (`Project.baseline`): a **move** notice (old and new booths, the
reason in plain words), a **new** letter for one placed for the first time, a **lost** notice
for one that had a stand and is now on the waitlist. Withdrawn exhibitors get nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import Layout, layout_of
from ..messages import Message, join
from ..model import BoothStatus, Exhibitor, Project
from .dates import event_dates
from .stand_facts import (
    PlacedStand,
    area_text,
    door_text,
    kind_name,
    label_key,
    labels_text,
    nearest_door,
    placed_stands,
    services_text,
)

PLACEMENT, MOVE, NEW, LOST = "placement", "move", "new", "lost"


class NoPublishedPlan(ValueError):
    """Move notices need a published plan to compare with."""


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class HallMap:
    """A map of one hall: `now` the booths to highlight, `before` the old booths to show
    dashed, `door` the entrance to mark (its index in the hall's entrances)."""

    hall_id: str
    now: tuple[str, ...]
    before: tuple[str, ...]
    door: int | None
    caption: str


@dataclass(frozen=True, slots=True)
class Letter:
    exhibitor_id: str
    language: str
    kind: str  # PLACEMENT, MOVE, NEW or LOST
    file_name: str  # "<id>-<name>.pdf"
    event: str
    dates: str
    title: str
    addressee: str
    body: tuple[str, ...]
    facts: tuple[Fact, ...]
    maps: tuple[HallMap, ...]
    notes_title: str
    notes: str
    contact_title: str
    contact: str

    @property
    def rtl(self) -> bool:
        return self.language == "fa"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(exhibitor: Exhibitor) -> str:
    """`<id>-<name>.pdf`, the name in the exhibitor's language, without the characters a
    Windows or Linux file name cannot hold, at most 80 characters."""
    name = _UNSAFE.sub(" ", exhibitor.name(exhibitor.language)).strip()
    name = re.sub(r"\s+", " ", name)[:80].strip()
    return f"{exhibitor.id}-{name}.pdf" if name else f"{exhibitor.id}.pdf"


def _say(language: str, key: str, **params) -> str:
    return Message.of(key, **params).render(language)


def _stand_facts(project: Project, ex: Exhibitor, stand: PlacedStand, lang: str) -> list[Fact]:
    hall = project.halls[stand.hall_id]
    sector = project.sectors.get(ex.sector_id)
    return [
        Fact(Message.of("Exhibitor").render(lang), ex.name(lang)),
        Fact(Message.of("Sector").render(lang), sector.name(lang) if sector else ex.sector_id),
        Fact(
            Message.of("Booth(s)").render(lang),
            labels_text(stand.labels, lang),
        ),
        Fact(Message.of("Hall").render(lang), hall.name(lang)),
        Fact(Message.of("Area").render(lang), area_text(stand, lang)),
        Fact(Message.of("Services").render(lang), services_text(stand, lang)),
        Fact(Message.of("Stand kind").render(lang), kind_name(stand.kind, lang)),
        Fact(
            Message.of("Nearest entrance").render(lang),
            door_text(project, stand.door, lang),
        ),
    ]


def _letter(
    project: Project,
    ex: Exhibitor,
    kind: str,
    title: str,
    body: list[str],
    facts: list[Fact],
    maps: list[HallMap],
) -> Letter:
    lang = ex.language
    event = project.event
    return Letter(
        exhibitor_id=ex.id,
        language=lang,
        kind=kind,
        file_name=file_name(ex),
        event=event.name(lang),
        dates=event_dates(event, lang),
        title=title,
        addressee=_say(lang, "To: {name}", name=ex.name(lang)),
        body=tuple(body),
        facts=tuple(facts),
        maps=tuple(maps),
        notes_title=_say(lang, "Move-in"),
        notes=event.move_in(lang),
        contact_title=_say(lang, "Contact"),
        contact=event.contact(lang),
    )


def _map_now(project: Project, stand: PlacedStand, lang: str) -> HallMap:
    return HallMap(
        stand.hall_id,
        stand.booth_ids,
        (),
        stand.door.index if stand.door else None,
        _say(
            lang,
            "{hall}: your stand {booths} is outlined; the arrow marks the nearest entrance",
            hall=project.halls[stand.hall_id].name(lang),
            booths=labels_text(stand.labels, lang),
        ),
    )


def placement_letter(project: Project, ex: Exhibitor, stand: PlacedStand, kind: str) -> Letter:
    lang = ex.language
    event_name = project.event.name(lang)
    body = [
        _say(
            lang,
            "Your stand at {event} is ready. Its booths, hall and services are below, with a"
            " map of the hall.",
            event=event_name,
        )
    ]
    if kind == NEW:
        body.append(_say(lang, "You were placed after the plan was first published."))
    return _letter(
        project,
        ex,
        kind,
        _say(lang, "Your stand"),
        body,
        _stand_facts(project, ex, stand, lang),
        [_map_now(project, stand, lang)],
    )


def placement_letters(project: Project, layout: Layout | None = None) -> list[Letter]:
    """One letter per placed, registered exhibitor, in the order of the exhibitors."""
    stands = placed_stands(project, layout)
    return [
        placement_letter(project, ex, stands[ex.id], PLACEMENT)
        for ex in project.exhibitors.values()
        if ex.registered and ex.id in stands
    ]


def move_reason(project: Project, ex: Exhibitor, old: tuple[str, ...], language: str) -> str:
    """Why a stand of the published plan changed, in words for the exhibitor (the facts
    `excel.export.reasons` checks, in the same order)."""
    if any(b not in project.booths for b in old):
        return _say(language, "your previous booth is no longer on the hall plan")
    blocked = [
        project.booths[b].label for b in old if project.booths[b].status is BoothStatus.BLOCKED
    ]
    if blocked:
        return _say(
            language,
            "your previous booth {booths} can no longer be used (for example a fire exit or"
            " a venue change)",
            booths=join(sorted(blocked, key=label_key), "comma", language),
        )
    area = sum(project.booths[b].area for b in old)
    if not ex.min_cm2 <= area <= ex.max_cm2:
        return _say(language, "the size of your stand now matches your changed request")
    if not all(
        project.booths[b].meets(ex.needs.power, ex.needs.water, ex.needs.heavy_floor) for b in old
    ):
        return _say(
            language, "your previous booth lacks the power, water or heavy floor you asked for"
        )
    if ex.id in project.plan.locked:
        return _say(language, "the organiser moved your stand")
    return _say(
        language,
        "the plan was rearranged after late changes (withdrawals, new registrations, larger"
        " stands); your stand was moved as little as possible",
    )


def _old_labels(project: Project, old: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        sorted((project.booths[b].label if b in project.booths else b for b in old), key=label_key)
    )


def move_notice(
    project: Project, ex: Exhibitor, old: tuple[str, ...], stand: PlacedStand
) -> Letter:
    lang = ex.language
    before = _old_labels(project, old)
    reason = move_reason(project, ex, old, lang)
    body = [
        _say(
            lang,
            "Your stand has changed since the plan we sent you: it was {old}, it is now {new}."
            " Please use the new booths in your promotion.",
            old=labels_text(before, lang),
            new=labels_text(stand.labels, lang),
        ),
    ]
    facts = _stand_facts(project, ex, stand, lang)
    facts.insert(2, Fact(_say(lang, "Previous booth(s)"), labels_text(before, lang)))
    facts.insert(3, Fact(_say(lang, "Reason"), reason))
    facts[4] = Fact(_say(lang, "New booth(s)"), labels_text(stand.labels, lang))
    old_here = tuple(b for b in old if b in project.booths)
    old_halls = {project.booths[b].hall_id for b in old_here}
    maps = [
        HallMap(
            stand.hall_id,
            stand.booth_ids,
            tuple(b for b in old_here if project.booths[b].hall_id == stand.hall_id),
            stand.door.index if stand.door else None,
            _say(
                lang,
                "{hall}: the new stand {new} is outlined, the old one is dashed; the arrow"
                " marks the nearest entrance",
                hall=project.halls[stand.hall_id].name(lang),
                new=labels_text(stand.labels, lang),
            ),
        )
    ]
    for hall_id in sorted(old_halls - {stand.hall_id}):
        maps.append(
            HallMap(
                hall_id,
                (),
                tuple(b for b in old_here if project.booths[b].hall_id == hall_id),
                None,
                _say(
                    lang,
                    "{hall}: your previous stand (dashed)",
                    hall=project.halls[hall_id].name(lang),
                ),
            )
        )
    return _letter(project, ex, MOVE, _say(lang, "Notice: your stand has moved"), body, facts, maps)


def lost_notice(project: Project, ex: Exhibitor, old: tuple[str, ...]) -> Letter:
    lang = ex.language
    before = _old_labels(project, old)
    old_here = tuple(b for b in old if b in project.booths)
    body = [
        _say(
            lang,
            "We are sorry: your stand {old} could not be kept in the new plan. You are on the"
            " waitlist and will be offered the first suitable stand that becomes free.",
            old=labels_text(before, lang),
        ),
        _say(lang, "Why: {reason}.", reason=move_reason(project, ex, old, lang)),
    ]
    facts = [
        Fact(_say(lang, "Exhibitor"), ex.name(lang)),
        Fact(_say(lang, "Previous booth(s)"), labels_text(before, lang)),
    ]
    maps = []
    if old_here:
        hall_id = project.booths[old_here[0]].hall_id
        door = nearest_door(project, hall_id, old_here)
        maps.append(
            HallMap(
                hall_id,
                (),
                old_here,
                door.index if door else None,
                _say(
                    lang,
                    "{hall}: your previous stand (dashed)",
                    hall=project.halls[hall_id].name(lang),
                ),
            )
        )
    return _letter(
        project, ex, LOST, _say(lang, "Notice: your stand is withdrawn"), body, facts, maps
    )


def move_notices(project: Project, layout: Layout | None = None) -> list[Letter]:
    """A notice for each registered exhibitor whose stand differs from the published plan
    (see the module doc); raises `NoPublishedPlan` when there is none."""
    base = project.baseline
    if base is None:
        raise NoPublishedPlan(
            Message.of(
                "there is no published plan to compare with: publish the plan before the"
                " re-solve (qods-planner publish)"
            ).render()
        )
    layout = layout or layout_of(project)
    stands = placed_stands(project, layout)
    out: list[Letter] = []
    for ex in project.exhibitors.values():
        if not ex.registered:
            continue
        old = tuple(base.stands.get(ex.id, ()))
        new = tuple(project.plan.stands.get(ex.id, ()))
        if old == new:
            continue
        if ex.id in stands and old:
            out.append(move_notice(project, ex, old, stands[ex.id]))
        elif ex.id in stands:
            out.append(placement_letter(project, ex, stands[ex.id], NEW))
        elif old:
            out.append(lost_notice(project, ex, old))
    return out
