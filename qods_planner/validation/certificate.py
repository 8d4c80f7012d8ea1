"""The fairness certificate: for each waitlisted exhibitor and each choice not met, who holds
the place and why it could not be had: a higher rank; a pin, lock or published stand kept; a
holder that may not be waitlisted for it; a hard rule; or, where none of these holds, a
priority inversion (the solver leaves none). With the count of inversions (justified envy),
0 expected.

The places of a waitlisted exhibitor are its chosen booths when it chose any, else the stands
it would fit by the rules about its stand alone. A choice not met is each chosen booth above
the best one its stand holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..messages import get_language, render
from ..model.plan import Plan
from ..model.project import Project
from .facts import PlanFacts
from .fairness import Standing, inversions
from .hard_rules import stand_violations

# The reason codes in words: English keys of the message catalogue.
REASON_WORDS = {
    "higher_rank": "held by a higher-ranked exhibitor",
    "keeps_place": "held by a pinned or locked exhibitor, or one kept on its published stand",
    "may_not_wait": "its holder may not be waitlisted for it: a higher tier, or a confirmed stand",
    "hard_rule": "taking it would break a hard rule",
    "inversion": "a priority inversion: it should have been given",
}


def reason_words(code: str, language: str | None = None) -> str:
    """A reason code in words of `language` (default: the current one)."""
    return render(REASON_WORDS[code], {}, language or get_language())


@dataclass(frozen=True, slots=True)
class Refusal:
    exhibitor: str
    choice: int | None  # the choice's rank, or None for a place it did not choose
    booths: tuple[str, ...]
    holder: str | None
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "exhibitor": self.exhibitor,
            "choice": self.choice,
            "booths": list(self.booths),
            "holder": self.holder,
            "reason": self.reason,
            "why": reason_words(self.reason),
        }


def fairness_certificate(
    project: Project, plan: Plan, baseline: Plan | None = None
) -> dict[str, Any]:
    """The certificate as JSON-ready data: `inversions` (count), `waitlisted` and
    `unmet_choices` (lists of refusals)."""
    facts = PlanFacts(project, plan)
    found = inversions(facts, baseline)
    wrong = {(i.higher, i.booths) for i in found}
    standing = Standing(facts, baseline)
    waiting: list[Refusal] = []
    for w in standing.waitlisted:
        for choice, booths, holder in _places(facts, standing, w):
            reason = _why(standing, w, booths, holder, wrong, waitlisted=True)
            waiting.append(Refusal(w, choice, booths, holder, reason))
    unmet: list[Refusal] = []
    for h in standing.placed:
        ex = project.exhibitors[h]
        for booth in standing.wanted(h):
            holder = facts.owner.get(booth)
            booths = plan.stands[holder] if holder is not None else (booth,)
            reason = _why(standing, h, booths, holder, wrong, waitlisted=False)
            unmet.append(Refusal(h, ex.choices.index(booth) + 1, booths, holder, reason))
    return {
        "inversions": len(found),
        "waitlisted": [r.as_dict() for r in waiting],
        "unmet_choices": [r.as_dict() for r in unmet],
    }


def _places(facts: PlanFacts, standing: Standing, w: str):
    ex = facts.project.exhibitors[w]
    if ex.choices:
        for k, booth in enumerate(ex.choices, 1):
            holder = facts.owner.get(booth)
            yield k, (facts.plan.stands[holder] if holder else (booth,)), holder
        return
    for holder in standing.placed:
        stand = facts.plan.stands[holder]
        alone = PlanFacts(facts.project, Plan({w: stand}))
        if not any(v.hard for v in stand_violations(alone, w)):
            yield None, stand, holder


def _why(
    standing: Standing,
    eid: str,
    booths: tuple[str, ...],
    holder: str | None,
    wrong: set[tuple[str, tuple[str, ...]]],
    *,
    waitlisted: bool,
) -> str:
    if (eid, booths) in wrong:
        return "inversion"
    if holder is None:
        return "hard_rule"  # free, so only a rule keeps it from the exhibitor
    if standing.keeps_place(holder):
        return "keeps_place"
    if standing.rank[holder] < standing.rank[eid]:
        return "higher_rank"
    if waitlisted and not standing.may_wait_for(holder, eid):
        return "may_not_wait"
    return "hard_rule"
