"""The last-minute changes a re-solve benchmark applies to a solved project (deterministic)."""

from __future__ import annotations

from dataclasses import replace

from qods_planner.layout import layout_of
from qods_planner.model import BoothStatus, ExhibitorStatus, PriorityTier, Project

KINDS = (
    "withdrawal",
    "late_registration",
    "bigger_stand",
    "smaller_stand",
    "new_competitors",
    "booth_blocked",
    "priority_upgrade",
    "all_together",
    "late_batch",
    "section_closed",
)
# What "all together" applies: the single changes the earlier runs measured (kept, so that
# its figures stay comparable).
SINGLE = KINDS[:7]
# A batch of late registrations: this share of the exhibitors more, at once.
LATE_BATCH_SHARE = 0.10
# A closed hall section: this many booths of one row, in a run.
SECTION_BOOTHS = 8


def _movable(project: Project) -> list[str]:
    """Placed, registered, not pinned, not locked exhibitors, by id."""
    plan = project.plan
    return sorted(
        e
        for e in plan.stands
        if project.exhibitors[e].registered
        and not project.exhibitors[e].pinned_booths
        and e not in plan.locked
    )


def withdrawal(project: Project) -> None:
    ids = _movable(project)
    ex = project.exhibitors[ids[len(ids) // 2]]
    project.put_exhibitor(replace(ex, status=ExhibitorStatus.WITHDRAWN))


def late_registration(project: Project) -> None:
    ids = _movable(project)
    model = project.exhibitors[ids[len(ids) // 3]]
    project.put_exhibitor(
        replace(model, id="LATE-1", name_en="Late Registration Co.", competitors=(), partners=())
    )


def bigger_stand(project: Project) -> None:
    ids = _movable(project)
    ex = project.exhibitors[ids[len(ids) // 4]]
    area = sum(project.booths[b].area for b in project.plan.stands[ex.id]) / 10_000
    project.put_exhibitor(replace(ex, requested_m2=area + 9, min_m2=area + 1, max_m2=area + 18))


def smaller_stand(project: Project) -> None:
    plan = project.plan
    multi = [e for e in _movable(project) if len(plan.stands[e]) > 1]
    if not multi:
        return
    ex = project.exhibitors[multi[len(multi) // 2]]
    smallest = min(project.booths[b].area for b in plan.stands[ex.id]) / 10_000
    project.put_exhibitor(replace(ex, requested_m2=smallest, min_m2=smallest, max_m2=smallest))


def new_competitors(project: Project) -> None:
    layout = layout_of(project)
    plan = project.plan
    ids = _movable(project)
    for a in ids[len(ids) // 5 :] + ids[: len(ids) // 5]:
        for b in ids:
            if b != a and layout.stand_relation(plan.stands[a], plan.stands[b]) is not None:
                ex = project.exhibitors[a]
                project.put_exhibitor(replace(ex, competitors=(*ex.competitors, b)))
                return


def booth_blocked(project: Project) -> None:
    ids = _movable(project)
    booth = project.booths[project.plan.stands[ids[2 * len(ids) // 3]][0]]
    project.put_booth(replace(booth, status=BoothStatus.BLOCKED))


def priority_upgrade(project: Project) -> None:
    regular = [
        e for e in _movable(project) if project.exhibitors[e].priority is PriorityTier.REGULAR
    ]
    waiting = [e for e in project.waitlist() if not project.exhibitors[e].pinned_booths]
    pick = waiting[0] if waiting else regular[len(regular) // 2]
    project.put_exhibitor(replace(project.exhibitors[pick], priority=PriorityTier.SPONSOR))


def all_together(project: Project) -> None:
    for kind in SINGLE:
        APPLY[kind](project)


def late_batch(project: Project) -> None:
    """10 % more exhibitors register at once, each a copy of a placed one (spread over the
    ids, so over sectors and sizes) without its competitors and partners."""
    ids = _movable(project)
    count = max(1, round(LATE_BATCH_SHARE * len(project.exhibitors)))
    step = max(1, len(ids) // count)
    for i in range(count):
        model = project.exhibitors[ids[(i * step) % len(ids)]]
        project.put_exhibitor(
            replace(
                model,
                id=f"LATE-{i + 1:03d}",
                name_en=f"Late Registration {i + 1}",
                competitors=(),
                partners=(),
                pinned_booths=(),
            )
        )


def section_closed(project: Project) -> None:
    """A hall section is closed: a run of `SECTION_BOOTHS` booths of one row (the row of the
    middle movable exhibitor's stand, the run starting at that stand) is blocked."""
    layout = layout_of(project)
    ids = _movable(project)
    booth = project.plan.stands[ids[len(ids) // 2]][0]
    row = next((r for r in layout.rows if booth in r), (booth,))
    start = max(0, min(row.index(booth), len(row) - SECTION_BOOTHS))
    for b in row[start : start + SECTION_BOOTHS]:
        project.put_booth(replace(project.booths[b], status=BoothStatus.BLOCKED))


APPLY = {
    "withdrawal": withdrawal,
    "late_registration": late_registration,
    "bigger_stand": bigger_stand,
    "smaller_stand": smaller_stand,
    "new_competitors": new_competitors,
    "booth_blocked": booth_blocked,
    "priority_upgrade": priority_upgrade,
    "all_together": all_together,
    "late_batch": late_batch,
    "section_closed": section_closed,
}
