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
  removed from the project / withdrew / was not in the published plan / waitlisted (with the
  reason above) / its old booth was removed or blocked / its request no longer fits the old
  stand / its needs are no longer met / moved by hand (the exhibitor is locked) / re-planned
  by the solver.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...layout import Layout
from ...model import Booth, BoothStatus, Exhibitor, Plan, Project, m2

MAX_RUN = 4  # longest straight run a stand is looked for in


def _say(language: str, fa: str, en: str) -> str:
    return fa if language == "fa" else en


def _needs_text(ex: Exhibitor, language: str) -> str:
    parts = []
    if ex.needs.power:
        parts.append(_say(language, "برق", "power"))
    if ex.needs.water:
        parts.append(_say(language, "آب", "water"))
    if ex.needs.heavy_floor:
        parts.append(_say(language, "کف سنگین", "a heavy floor"))
    return _say(language, " و ", " and ").join(parts)


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
    options = [(b,) for b in sorted(usable)]
    options += [run for run in runs if set(run) <= usable]
    return [
        opt
        for opt in options
        if ex.min_cm2 <= sum(project.booths[b].area for b in opt) <= ex.max_cm2
    ]


def waitlist_reason(
    project: Project,
    layout: Layout,
    ex: Exhibitor,
    plan: Plan,
    language: str,
    runs: list[tuple[str, ...]] | None = None,
) -> str:
    """The first reason (see module doc) that keeps `ex` off the plan; pass `runs`
    (`layout.runs(MAX_RUN)`) when asking for many exhibitors."""
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
            return _say(
                language, "غرفهٔ ثابت آن دیگر وجود ندارد", "its pinned booth no longer exists"
            )
        if blocked:
            return _say(
                language,
                f"غرفهٔ ثابت آن مسدود است: {'، '.join(blocked)}",
                f"its pinned booth is blocked: {', '.join(blocked)}",
            )
        if taken:
            return _say(
                language,
                f"غرفهٔ ثابت آن گرفته شده است: {'، '.join(taken)}",
                f"its pinned booth is taken: {', '.join(taken)}",
            )
    usable = {b.id for b in project.booths.values() if _usable(b, ex)}
    if not usable:
        needs = _needs_text(ex, language)
        where = ""
        if ex.wishes.hall_required and ex.wishes.preferred_hall in project.halls:
            hall = project.halls[ex.wishes.preferred_hall].name(language)
            where = _say(language, f" در {hall}", f" in {hall}")
        if needs:
            return _say(
                language, f"هیچ غرفه‌ای{where} {needs} ندارد", f"no booth{where} offers {needs}"
            )
        return _say(language, f"هیچ غرفهٔ آزادی{where} نیست", f"no open booth{where}")
    runs = layout.runs(MAX_RUN) if runs is None else runs
    options = _candidates(project, runs, ex, usable)
    lo, hi = f"{ex.min_m2:g}", f"{ex.max_m2:g}"
    if not options:
        return _say(
            language,
            f"هیچ غرفه یا ردیف غرفه‌ای بین {lo} و {hi} متر مربع مناسب آن نیست",
            f"no booth or row of booths between {lo} and {hi} m² suits it",
        )
    free = [opt for opt in options if all(occupants.get(b) in (None, ex.id) for b in opt)]
    if not free:
        return _say(
            language,
            f"همهٔ {len(options)} گزینهٔ مناسب گرفته شده‌اند",
            f"every suitable booth or run ({len(options)}) is taken",
        )
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
        return _say(
            language,
            "غرفه‌های آزاد مناسب کنار رقیب آن هستند",
            "the free suitable booths are next to a competitor",
        )
    return _say(
        language,
        "جای داده نشده است (با حل دوباره ممکن است جا بگیرد)",
        "not placed (a re-solve may place it)",
    )


def change_reason(
    project: Project,
    layout: Layout,
    eid: str,
    old: tuple[str, ...],
    new: tuple[str, ...] | None,
    language: str,
) -> str:
    """Why exhibitor `eid` went from stand `old` (empty if none) to `new` (None: no stand)."""
    ex = project.exhibitors.get(eid)
    if ex is None:
        return _say(language, "از پروژه حذف شد", "removed from the project")
    if not ex.registered:
        return _say(language, "انصراف داد", "withdrew")
    if not old:
        return _say(language, "در نقشهٔ منتشرشده نبود", "was not in the published plan")
    if new is None:
        reason = waitlist_reason(project, layout, ex, project.plan, language)
        return _say(language, f"به فهرست انتظار رفت: {reason}", f"waitlisted: {reason}")
    missing = [b for b in old if b not in project.booths]
    if missing:
        return _say(language, "غرفهٔ قبلی آن حذف شد", "its old booth was removed")
    blocked = [
        project.booths[b].label for b in old if project.booths[b].status is BoothStatus.BLOCKED
    ]
    if blocked:
        return _say(
            language,
            f"غرفهٔ قبلی آن مسدود شد: {'، '.join(blocked)}",
            f"its old booth was blocked: {', '.join(blocked)}",
        )
    area = sum(project.booths[b].area for b in old)
    if not ex.min_cm2 <= area <= ex.max_cm2:
        return _say(
            language,
            f"متراژ درخواستی آن تغییر کرد (غرفهٔ قبلی {m2(area):g} متر مربع)",
            f"its request changed (the old stand has {m2(area):g} m²)",
        )
    if not all(
        project.booths[b].meets(ex.needs.power, ex.needs.water, ex.needs.heavy_floor) for b in old
    ):
        return _say(
            language, "غرفهٔ قبلی نیاز تازهٔ آن را ندارد", "the old stand lacks what it now needs"
        )
    if eid in project.plan.locked:
        return _say(language, "با دست جابه‌جا شد", "moved by hand")
    return _say(language, "در برنامه‌ریزی دوباره جابه‌جا شد", "re-planned by the solver")
