"""Generated booth choices: 0–5 ranked booths, available ones only, never for pinned
exhibitors, "only these" only with two or more, last year's booths first, deterministic."""

from __future__ import annotations

from qods_planner.generate import generate_project
from qods_planner.generate.wished_booths import MOST_CHOICES, add_choices
from qods_planner.model import BoothStatus, Plan


def _choices(project) -> dict[str, tuple[str, ...]]:
    return {e.id: e.choices for e in project.exhibitors.values()}


def test_choices_are_plausible_and_reproducible():
    one, two = generate_project(60, 70, 1, seed=4), generate_project(60, 70, 1, seed=4)
    add_choices(one, 4)
    add_choices(two, 4)
    assert _choices(one) == _choices(two)
    counts = [len(c) for c in _choices(one).values()]
    assert max(counts) <= MOST_CHOICES and 0 in counts and sum(counts) > 60
    for ex in one.exhibitors.values():
        assert all(one.booths[b].status is BoothStatus.AVAILABLE for b in ex.choices)
        assert not (ex.pinned_booths and ex.choices)
        assert not ex.choices_only or len(ex.choices) >= 2


def test_returning_exhibitors_choose_last_years_booths_first():
    project = generate_project(40, 50, 1, seed=2)
    returning = [e for e in project.exhibitors.values() if e.priority.value == "returning"]
    returning = [e for e in returning if not e.pinned_booths]
    free = sorted(b for b, x in project.booths.items() if x.status is BoothStatus.AVAILABLE)
    last_year = Plan({e.id: (free[i],) for i, e in enumerate(returning)})
    add_choices(project, 2, last_year)
    firsts = [project.exhibitors[e.id].choices[:1] for e in returning]
    assert all(f in ((), (free[i],)) for i, f in enumerate(firsts))
    assert sum(1 for f in firsts if f) >= 2  # the test would prove nothing otherwise
