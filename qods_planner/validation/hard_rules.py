"""The hard rules: a plan that breaks any of them cannot be published.

One function per rule family, each yielding `Violation`s whose message names the exhibitor
("name (id)") and the booths (by label), in the language of the moment of the check. See
docs/rules.md for the rule list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..layout import Relation
from ..messages import join, tr
from ..model.booth import BoothStatus
from ..model.geometry import m2
from ..model.plan import Plan
from .choices import outside_choices
from .facts import PlanFacts
from .validation_report import Violation
from .zones import sector_caps, sector_zone


def _hard(
    rule: str, message: str, exhibitors: tuple[str, ...], booths: tuple[str, ...] = ()
) -> Violation:
    return Violation(rule, True, message, exhibitors, booths)


def hard_violations(facts: PlanFacts, previous: Plan | None) -> Iterator[Violation]:
    """Every broken hard rule of `facts.plan`."""
    yield from _stand_owners(facts)
    yield from _booths_used_twice(facts)
    for eid in facts.placed:
        yield from stand_violations(facts, eid)
    yield from sector_caps(facts)
    yield from _pins_kept(facts)
    if previous is not None:
        yield from _locks_kept(facts, previous)
    yield from _competitors_apart(facts)


def stand_violations(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    """The rules about one exhibitor's stand alone: shape, size, booths, hall, choices, zone."""
    yield from _stand_shape(facts, eid)
    yield from _stand_booths(facts, eid)
    yield from _required_hall(facts, eid)
    yield from outside_choices(facts, eid)
    yield from sector_zone(facts, eid)


def _stand_owners(facts: PlanFacts) -> Iterator[Violation]:
    """Stands belong to known, registered exhibitors and use known booths."""
    exhibitors, booths = facts.project.exhibitors, facts.project.booths
    for eid, stand in facts.plan.stands.items():
        ex = exhibitors.get(eid)
        if ex is None:
            yield _hard(
                "unknown_exhibitor",
                tr(
                    "the plan gives booths {booths} to exhibitor {id!r}, who is not in the project",
                    booths=facts.labels(stand),
                    id=eid,
                ),
                (eid,),
                stand,
            )
        elif not ex.registered:
            yield _hard(
                "withdrawn_assigned",
                tr(
                    "{who} has withdrawn but still holds booths {booths}",
                    who=facts.who(eid),
                    booths=facts.labels(stand),
                ),
                (eid,),
                stand,
            )
        unknown = tuple(b for b in stand if b not in booths)
        if unknown:
            yield _hard(
                "unknown_booth",
                tr(
                    "the stand of {who} uses booths that do not exist: {booths}",
                    who=facts.who(eid),
                    booths=join(repr(b) for b in unknown),
                ),
                (eid,),
                unknown,
            )


def _booths_used_twice(facts: PlanFacts) -> Iterator[Violation]:
    for bid, holders in facts.holders.items():
        if len(holders) > 1:
            names = join((facts.who(e) for e in holders), "and")
            yield _hard(
                "booth_used_twice",
                tr("booth {label} is given to {names}", label=facts.label(bid), names=names),
                tuple(holders),
                (bid,),
            )


def _stand_shape(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    """One hall, a straight run, a total area within the accepted range."""
    stand = facts.plan.stands[eid]
    known = facts.known_booths(eid)
    if not known:
        return
    halls = facts.stand_halls(eid)
    if len(halls) > 1:
        yield _hard(
            "stand_spans_halls",
            tr(
                "the stand of {who} ({booths}) spans halls {halls}",
                who=facts.who(eid),
                booths=facts.labels(known),
                halls=join(sorted(halls)),
            ),
            (eid,),
            known,
        )
    elif len(known) == len(stand) and len(stand) > 1 and not facts.layout.is_straight_run(stand):
        yield _hard(
            "stand_not_straight_run",
            tr(
                "the booths of {who} ({booths}) are not a straight run of adjacent booths in one"
                " row",
                who=facts.who(eid),
                booths=facts.labels(stand),
            ),
            (eid,),
            stand,
        )
    if len(known) == len(stand):
        ex = facts.exhibitor(eid)
        area = facts.stand_area(eid)
        if not ex.min_cm2 <= area <= ex.max_cm2:
            yield _hard(
                "area_outside_range",
                tr(
                    "the stand of {who} ({booths}) is {area:g} m²; it accepts"
                    " {smallest:g}–{largest:g} m²",
                    who=facts.who(eid),
                    booths=facts.labels(stand),
                    area=m2(area),
                    smallest=ex.min_m2,
                    largest=ex.max_m2,
                ),
                (eid,),
                stand,
            )


def _stand_booths(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    """Needs met, nothing blocked, reserved booths only for the exhibitor pinned there."""
    ex = facts.exhibitor(eid)
    needs = ex.needs
    booths = facts.project.booths
    lacking: dict[str, list[str]] = {}
    blocked: list[str] = []
    reserved: list[str] = []
    for bid in facts.known_booths(eid):
        booth = booths[bid]
        missing = [
            name
            for name, wanted, offered in (
                ("power", needs.power, booth.power),
                ("water", needs.water, booth.water),
                ("heavy_floor", needs.heavy_floor, booth.heavy_floor),
            )
            if wanted and not offered
        ]
        if missing:
            lacking[bid] = missing
        if booth.status is BoothStatus.BLOCKED:
            blocked.append(bid)
        elif booth.status is BoothStatus.RESERVED and bid not in ex.pinned_booths:
            reserved.append(bid)
    if lacking:
        words = _service_words()
        detail = join(
            (
                tr(
                    "{label} lacks {services}",
                    label=facts.label(b),
                    services=join(words[n] for n in m),
                )
                for b, m in lacking.items()
            ),
            "semicolon",
        )
        yield _hard(
            "need_not_met",
            tr("{who} needs services its booths lack: {detail}", who=facts.who(eid), detail=detail),
            (eid,),
            tuple(lacking),
        )
    if blocked:
        yield _hard(
            "booth_blocked",
            tr(
                "{who} is given blocked booth(s) {booths}",
                who=facts.who(eid),
                booths=facts.labels(blocked),
            ),
            (eid,),
            tuple(blocked),
        )
    if reserved:
        yield _hard(
            "booth_reserved",
            tr(
                "{who} is given reserved booth(s) {booths}, which are kept for the exhibitor"
                " pinned there",
                who=facts.who(eid),
                booths=facts.labels(reserved),
            ),
            (eid,),
            tuple(reserved),
        )


def _required_hall(facts: PlanFacts, eid: str) -> Iterator[Violation]:
    wishes = facts.exhibitor(eid).wishes
    if not wishes.hall_required:
        return
    halls = facts.stand_halls(eid)
    if halls and halls != {wishes.preferred_hall}:
        stand = facts.plan.stands[eid]
        yield _hard(
            "hall_required",
            tr(
                "{who} requires hall {hall} but is given {booths} in hall {halls}",
                who=facts.who(eid),
                hall=wishes.preferred_hall,
                booths=facts.labels(stand),
                halls=join(sorted(halls)),
            ),
            (eid,),
            facts.known_booths(eid),
        )


def _pins_kept(facts: PlanFacts) -> Iterator[Violation]:
    """A registered exhibitor with pinned booths holds exactly those booths."""
    for ex in facts.project.exhibitors.values():
        if not ex.pinned_booths or not ex.registered:
            continue
        pinned = tuple(sorted(ex.pinned_booths))
        stand = facts.plan.stands.get(ex.id)
        if stand == pinned:
            continue
        who, pins = facts.who(ex.id), facts.labels(pinned)
        if stand:
            message = tr(
                "{who} is pinned to {pinned} but holds {booths}",
                who=who,
                pinned=pins,
                booths=facts.labels(stand),
            )
        else:
            message = tr("{who} is pinned to {pinned} but is waitlisted", who=who, pinned=pins)
        yield _hard(
            "pin_not_kept",
            message,
            (ex.id,),
            tuple(sorted(set(pinned) | set(stand or ()))),
        )


def _locks_kept(facts: PlanFacts, previous: Plan) -> Iterator[Violation]:
    """A locked exhibitor of the previous plan, still registered, keeps its stand."""
    exhibitors = facts.project.exhibitors
    for eid in sorted(previous.locked):
        ex = exhibitors.get(eid)
        if ex is None or not ex.registered:
            continue  # a withdrawal releases the lock
        before = previous.stands[eid]
        stand = facts.plan.stands.get(eid)
        if stand == before:
            continue
        who, held = facts.who(eid), facts.labels(before)
        if stand:
            message = tr(
                "{who} is locked on {before} but now holds {booths}",
                who=who,
                before=held,
                booths=facts.labels(stand),
            )
        else:
            message = tr("{who} is locked on {before} but is now waitlisted", who=who, before=held)
        yield _hard(
            "lock_not_kept",
            message,
            (eid,),
            tuple(sorted(set(before) | set(stand or ()))),
        )


def _service_words() -> dict[str, str]:
    """The services a booth offers, as words of the current language."""
    return {"power": tr("power"), "water": tr("water"), "heavy_floor": tr("heavy floor")}


def _touch(a: str, b: str, relation: Relation) -> str:
    """How two neighbouring booths touch: side by side, back to back, or facing."""
    if relation is Relation.SIDE_BY_SIDE:
        return tr("{a} and {b} are side by side", a=a, b=b)
    if relation is Relation.BACK_TO_BACK:
        return tr("{a} and {b} are back to back", a=a, b=b)
    return tr("{a} and {b} are facing across the aisle", a=a, b=b)


def apart_relations(facts: PlanFacts) -> set[Relation]:
    """The neighbour relations competitors may not share (the project's settings)."""
    rules = facts.project.settings.neighbours
    return {
        rel
        for rel, on in (
            (Relation.SIDE_BY_SIDE, rules.competitors_side_by_side),
            (Relation.BACK_TO_BACK, rules.competitors_back_to_back),
            (Relation.FACING, rules.competitors_facing),
        )
        if on
    }


def _competitors_apart(facts: PlanFacts) -> Iterator[Violation]:
    """No booth of one competitor neighbours a booth of the other by an enabled relation."""
    pairs = facts.project.symmetric_pairs("competitors")
    if not pairs:
        return
    enabled = apart_relations(facts)
    placed, holders = facts.placed, facts.holders
    # Competitor pair -> the booth pairs (a of the first, b of the second) and relation.
    found: dict[tuple[str, str], list[tuple[str, str, Relation]]] = defaultdict(list)
    for a, b, rel in facts.neighbour_pairs:
        if rel not in enabled or a not in holders or b not in holders:
            continue
        for ea in holders[a]:
            for eb in holders[b]:
                if ea == eb or ea not in placed or eb not in placed:
                    continue
                key = (ea, eb) if ea < eb else (eb, ea)
                if key in pairs:
                    found[key].append((a, b, rel) if ea < eb else (b, a, rel))
    for (ea, eb), touches in sorted(found.items()):
        detail = join(
            (_touch(facts.label(a), facts.label(b), rel) for a, b, rel in touches), "semicolon"
        )
        booths = tuple(dict.fromkeys(b for a, b_, _ in touches for b in (a, b_)))
        yield _hard(
            "competitors_adjacent",
            tr(
                "competitors {first} and {second} are neighbours: {detail}",
                first=facts.who(ea),
                second=facts.who(eb),
                detail=detail,
            ),
            (ea, eb),
            booths,
        )
