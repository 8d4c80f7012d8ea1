"""The rows of each table of the export, as plain lists (no openpyxl here)."""

from __future__ import annotations

import re
from collections import defaultdict

from ...layout import Layout
from ...messages import format_number, join
from ...model import BoothStatus, Project, m2
from ...model.fair_order import fair_order
from ...text import format_jalali
from ...validation.certificate import fairness_certificate, reason_words
from .labels import BOOTH_KIND, BOOTH_STATUS, PRIORITY, pick, word
from .reasons import MAX_RUN, change_reason, waitlist_reason

Row = list[object]
_DIGITS = re.compile(r"(\d+)")


def natural(label: str) -> tuple:
    """Sort key that puts A-2 before A-10."""
    return tuple(int(p) if p.isdigit() else p for p in _DIGITS.split(label))


def _area(cm2: int) -> float:
    return round(m2(cm2), 2)


def _yes(value: bool | None, language: str) -> str:
    return "" if value is None else word("yes" if value else "no", language)


class Rows:
    """Row builders for one project, layout and language."""

    def __init__(self, project: Project, layout: Layout, language: str) -> None:
        self.project = project
        self.layout = layout
        self.lang = language
        self.inversions = 0  # set by `fairness`

    def labels(self, ids: tuple[str, ...] | None) -> str:
        booths = self.project.booths
        found = sorted((booths[b].label for b in ids or () if b in booths), key=natural)
        return join(found, "comma", self.lang)

    def sector(self, sid: str) -> str:
        s = self.project.sectors.get(sid)
        return s.name(self.lang) if s else sid

    def hall(self, hid: str) -> str:
        h = self.project.halls.get(hid)
        return h.name(self.lang) if h else hid

    def assignments(self) -> list[Row]:
        """Placed exhibitors, by hall and booth label."""
        p, lang, booths = self.project, self.lang, self.project.booths
        keyed = []
        for eid, stand in p.plan.stands.items():
            ex = p.exhibitors.get(eid)
            present = [b for b in stand if b in booths]
            if ex is None or not present:
                continue
            hall = self.hall(booths[present[0]].hall_id)
            if self.layout.is_straight_run(present):
                kind = self.layout.stand_kind(present)
            else:
                kind = self.layout.kind(present[0])
            given = _area(sum(booths[b].area for b in present))
            row = [
                eid,
                ex.name_fa,
                ex.name_en,
                self.sector(ex.sector_id),
                self.labels(stand),
                hall,
                ex.requested_m2,
                given,
                pick(BOOTH_KIND[kind], lang),
                _yes(eid in p.plan.locked, lang),
            ]
            first = min((booths[b].label for b in present), key=natural)
            keyed.append(((hall, natural(first)), row))
        return [row for _, row in sorted(keyed, key=lambda kr: kr[0])]

    def booths(self) -> list[Row]:
        """Every booth with status and occupant, by hall and label."""
        p, lang = self.project, self.lang
        occupants = p.plan.occupants()
        rows = []
        halls = {h: i for i, h in enumerate(p.halls)}

        def order(b) -> tuple:
            return halls.get(b.hall_id, len(halls)), natural(b.label)

        for b in sorted(p.booths.values(), key=order):
            ex = p.exhibitors.get(occupants.get(b.id, ""))
            rows.append(
                [
                    b.id,
                    b.label,
                    self.hall(b.hall_id),
                    b.rect.x / 100,
                    b.rect.y / 100,
                    b.rect.w / 100,
                    b.rect.h / 100,
                    _area(b.area),
                    pick(BOOTH_KIND[self.layout.kind(b.id)], lang),
                    _yes(b.power, lang),
                    _yes(b.water, lang),
                    _yes(b.heavy_floor, lang),
                    self.premium(b),
                    self.booth_status(b, ex),
                    ex.id if ex else "",
                    ex.name(lang) if ex else "",
                    self.sector(ex.sector_id) if ex else "",
                ]
            )
        return rows

    def premium(self, booth) -> str:
        """Yes or no; "(derived)" when the booth's distance to an entrance decided it (read
        back, it is derived again)."""
        if booth.premium is not None:
            return _yes(booth.premium, self.lang)
        derived = self.layout.premium.get(booth.id, False)
        return f"{_yes(derived, self.lang)} {word('derived', self.lang)}"

    def booth_status(self, booth, exhibitor) -> str:
        """What is true of the booth: free, taken by whom, blocked, or reserved (for whom)."""
        lang = self.lang
        if booth.status is BoothStatus.BLOCKED:
            return pick(BOOTH_STATUS[BoothStatus.BLOCKED], lang)
        if exhibitor is None:
            if booth.status is BoothStatus.RESERVED:
                return pick(BOOTH_STATUS[BoothStatus.RESERVED], lang)
            return word("free", lang)
        key = "reserved_for" if booth.status is BoothStatus.RESERVED else "taken_by"
        return word(key, lang).format(name=exhibitor.name(lang))

    def by_sector(self) -> list[Row]:
        """Exhibitors and area per sector and hall, then per sector over all halls."""
        p, booths = self.project, self.project.booths
        per: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        for eid, stand in p.plan.stands.items():
            ex = p.exhibitors.get(eid)
            present = [b for b in stand if b in booths]
            if ex is None or not present:
                continue
            for hall_key in (booths[present[0]].hall_id, ""):
                total = per[(ex.sector_id, hall_key)]
                total[0] += 1
                total[1] += ex.requested_m2
                total[2] += _area(sum(booths[b].area for b in present))
        halls = {h: i for i, h in enumerate(p.halls)}
        sectors = {s: i for i, s in enumerate(p.sectors)}

        def order(key: tuple[str, str]) -> tuple[int, int]:
            sid, hid = key
            return sectors.get(sid, len(sectors)), halls.get(hid, len(halls)) if hid else 10**6

        rows = []
        for key in sorted(per, key=order):
            count, asked, given = per[key]
            hall = self.hall(key[1]) if key[1] else word("all_halls", self.lang)
            rows.append([self.sector(key[0]), hall, int(count), round(asked, 2), round(given, 2)])
        return rows

    def waitlist(self) -> list[Row]:
        """Registered exhibitors without a stand, with the reason for each."""
        p, lang = self.project, self.lang
        runs = self.layout.runs(MAX_RUN)
        rows = []
        for eid in p.waitlist():
            ex = p.exhibitors[eid]
            date = format_jalali(ex.registered_on) if lang == "fa" else (ex.registered_on or "")
            reason = waitlist_reason(p, self.layout, ex, p.plan, lang, runs)
            rows.append(
                [
                    eid,
                    ex.name_fa,
                    self.sector(ex.sector_id),
                    ex.requested_m2,
                    pick(PRIORITY[ex.priority], lang),
                    date,
                    reason,
                ]
            )
        return rows

    def changes(self) -> list[Row]:
        """Who moved since the published plan: from, to, why. Empty without a baseline."""
        p, lang = self.project, self.lang
        base = p.baseline
        if base is None:
            return []
        rows: list[Row] = []
        for eid in dict.fromkeys([*base.stands, *p.plan.stands]):
            old, new = tuple(base.stands.get(eid, ())), p.plan.stands.get(eid)
            if old == (tuple(new) if new else ()):
                continue
            ex = p.exhibitors.get(eid)
            if new:
                to = self.labels(new)
            else:
                to = word("waitlist" if ex and ex.registered else "none", lang)
            rows.append(
                [
                    eid,
                    ex.name_fa if ex else "",
                    self.labels(old) or word("none", lang),
                    to,
                    change_reason(p, self.layout, eid, old, new, lang),
                ]
            )
        return rows

    def fairness(self) -> list[Row]:
        """The fairness certificate: each waitlisted exhibitor's places and each choice not
        met, who holds it and why (docs/rules.md, the fair order)."""
        p, lang = self.project, self.lang
        cert = fairness_certificate(p, p.plan, p.baseline)
        self.inversions = int(cert["inversions"])
        order = fair_order(p.registered(), p.settings.priority_order)
        rank = {e: i for i, e in enumerate(order, 1)}
        rows: list[Row] = []
        for entry in [*cert["waitlisted"], *cert["unmet_choices"]]:
            ex = p.exhibitors[entry["exhibitor"]]
            choice = entry["choice"]
            if choice is not None:
                asked = word("choice_k", lang).format(k=format_number(choice, lang))
            else:
                asked = word("any_place", lang)
            if ex.id not in p.plan.stands:
                asked = f"{word('waiting', lang)}: {asked}"
            holder = p.exhibitors.get(entry["holder"] or "")
            rows.append(
                [
                    ex.id,
                    ex.name(lang),
                    rank[ex.id],
                    asked,
                    self.labels(tuple(entry["booths"])),
                    holder.name(lang) if holder is not None else word("free", lang),
                    reason_words(entry["reason"], lang),
                ]
            )
        return rows
