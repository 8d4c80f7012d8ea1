"""Why an exhibitor is on the waitlist, and why a stand changed since the published plan.

The project does not store the solver's explanations, so the reasons are derived from the
facts the validator also uses, checked in this order (the first that applies is given):

waitlist
  1. its pinned booths are missing, blocked, or taken by someone else;
  2. no booth offers what it needs (power, water, heavy floor) in the halls it may use;
  3. no booth, nor straight run of booths, of those has a total area within its range;
  4. every such booth or run is (partly) taken;
  5. every free one stands next to a competitor's stand;
  6. otherwise: "not placed" (a re-solve may place it).
changes (who, from, to, why)
  removed from the project / withdrew / was not in the published plan / loses its stand
  (waitlisted, with the reason above) / its old booth was removed or blocked / its request no
  longer fits the old stand / its needs are no longer met / moved by hand (the exhibitor is
  locked) / re-planned by the solver.

The reasons are written into the workbook, so they are in the workbook's language (the
project's), whatever the language of the session: `Message.of(...).render(language)`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...layout import Layout
from ...messages import Message, join
from ...model import Booth, BoothStatus, Exhibitor, Plan, Project, m2

MAX_RUN = 4  # longest straight run a stand is looked for in


def _needs_text(ex: Exhibitor, language: str) -> str:
    parts = []
    if ex.needs.power:
        parts.append(Message.of("power").render(language))
    if ex.needs.water:
        parts.append(Message.of("water").render(language))
    if ex.needs.heavy_floor:
        parts.append(Message.of("a heavy floor").render(language))
    return join(parts, "and", language)


def _usable(booth: Booth, ex: Exhibitor) -> bool:
    if booth.status is BoothStatus.BLOCKED:
        return False
    if booth.status is BoothStatus.RESERVED and booth.id not in ex.pinned_booths:
        return False
    if ex.wishes.hall_required and booth.hall_id != ex.wishes.preferred_hall:
        return False
    return booth.meets(ex.needs.power, ex.needs.water, ex.needs.heavy_floor)


def _candidates(
    project: Project, runs: list[tuple[str, ...]], ex: Exhibitor, usable: set[str]
) -> list[tuple[str, ...]]:
    options: list[tuple[str, ...]] = [(b,) for b in sorted(usable)]
    options += [run for run in runs if set(run) <= usable]
    return [
        opt
        for opt in options
        if ex.min_cm2 <= sum(project.booths[b].area for b in opt) <= ex.max_cm2
    ]


def _no_booth(project: Project, ex: Exhibitor, language: str) -> Message:
    """No usable booth at all: for want of its needs, in its required hall or anywhere."""
    needs = _needs_text(ex, language)
    hall = None
    if ex.wishes.hall_required and ex.wishes.preferred_hall in project.halls:
        hall = project.halls[ex.wishes.preferred_hall].name(language)
    if needs and hall:
        return Message.of("no booth in {hall} offers {needs}", hall=hall, needs=needs)
    if needs:
        return Message.of("no booth offers {needs}", needs=needs)
    if hall:
        return Message.of("no open booth in {hall}", hall=hall)
    return Message.of("no open booth")


def waitlist_reason(
    project: Project,
    layout: Layout,
    ex: Exhibitor,
    plan: Plan,
    language: str,
    runs: list[tuple[str, ...]] | None = None,
) -> str:
    """The first reason (see module doc) that keeps `ex` off the plan, in `language`; pass
    `runs` (`layout.runs(MAX_RUN)`) when asking for many exhibitors."""
    return _waitlist_reason(project, layout, ex, plan, language, runs).render(language)


def _waitlist_reason(
    project: Project,
    layout: Layout,
    ex: Exhibitor,
    plan: Plan,
    language: str,
    runs: list[tuple[str, ...]] | None,
) -> Message:
    occupants = plan.occupants()
    labels = {b.id: b.label for b in project.booths.values()}
    if ex.pinned_booths:
        gone = [b for b in ex.pinned_booths if b not in project.booths]
        blocked = [
            labels[b]
            for b in ex.pinned_booths
            if b in project.booths and project.booths[b].status is BoothStatus.BLOCKED
        ]
        taken = [labels[b] for b in ex.pinned_booths if occupants.get(b) not in (None, ex.id)]
        if gone:
            return Message.of("its pinned booth no longer exists")
        if blocked:
            return Message.of(
                "its pinned booth is blocked: {booths}", booths=join(blocked, "comma", language)
            )
        if taken:
            return Message.of(
                "its pinned booth is taken: {booths}", booths=join(taken, "comma", language)
            )
    usable = {b.id for b in project.booths.values() if _usable(b, ex)}
    if not usable:
        return _no_booth(project, ex, language)
    runs = layout.runs(MAX_RUN) if runs is None else runs
    options = _candidates(project, runs, ex, usable)
    if not options:
        return Message.of(
            "no booth or row of booths between {smallest:g} and {largest:g} m² suits it",
            smallest=ex.min_m2,
            largest=ex.max_m2,
        )
    free = [opt for opt in options if all(occupants.get(b) in (None, ex.id) for b in opt)]
    if not free:
        return Message.of("every suitable booth or run ({count}) is taken", count=len(options))
    rivals = {
        c
        for a, b in project.symmetric_pairs("competitors")
        if ex.id in (a, b)
        for c in (a, b)
        if c != ex.id
    }
    rival_booths = {b for r in rivals for b in plan.stands.get(r, ())}

    def near_rival(opt: Sequence[str]) -> bool:
        return any(n in rival_booths for b in opt for n in layout.neighbours_of.get(b, {}))

    if rival_booths and all(near_rival(opt) for opt in free):
        return Message.of("the free suitable booths are next to a competitor")
    return Message.of("not placed (a re-solve may place it)")


def change_reason(
    project: Project,
    layout: Layout,
    eid: str,
    old: tuple[str, ...],
    new: tuple[str, ...] | None,
    language: str,
) -> str:
    """Why exhibitor `eid` went from stand `old` (empty if none) to `new` (None: no stand),
    in `language`."""
    ex = project.exhibitors.get(eid)
    if ex is None:
        reason = Message.of("removed from the project")
    elif not ex.registered:
        reason = Message.of("withdrew")
    elif not old:
        reason = Message.of("was not in the published plan")
    elif new is None:
        why = waitlist_reason(project, layout, ex, project.plan, language)
        # A registered exhibitor of the published plan without a stand lost it: say so,
        # not only why no booth is free now (that hides that the solver chose to evict it).
        reason = Message.of("loses its stand: waitlisted: {reason}", reason=why)
    else:
        reason = _moved_reason(project, ex, old, language)
    return reason.render(language)


def _moved_reason(project: Project, ex: Exhibitor, old: tuple[str, ...], language: str) -> Message:
    """Why a registered exhibitor of the published plan has another stand now."""
    if any(b not in project.booths for b in old):
        return Message.of("its old booth was removed")
    blocked = [
        project.booths[b].label for b in old if project.booths[b].status is BoothStatus.BLOCKED
    ]
    if blocked:
        return Message.of(
            "its old booth was blocked: {booths}", booths=join(blocked, "comma", language)
        )
    area = sum(project.booths[b].area for b in old)
    if not ex.min_cm2 <= area <= ex.max_cm2:
        return Message.of("its request changed (the old stand has {area:g} m²)", area=m2(area))
    if not all(
        project.booths[b].meets(ex.needs.power, ex.needs.water, ex.needs.heavy_floor) for b in old
    ):
        return Message.of("the old stand lacks what it now needs")
    if ex.id in project.plan.locked:
        return Message.of("moved by hand")
    return Message.of("re-planned by the solver")
