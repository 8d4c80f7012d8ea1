"""New ids and labels for booths the editor creates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from qods_planner.model import Booth, Project

from .booth_change import Refused

_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


def new_ids(taken: Iterable[str], prefix: str, count: int) -> list[str]:
    """`count` ids `prefix-N` not in `taken`, N counting up from one past the highest used."""
    used = set(taken)
    highest = 0
    for tid in used:
        if tid.startswith(prefix + "-") and tid[len(prefix) + 1 :].isdigit():
            highest = max(highest, int(tid[len(prefix) + 1 :]))
    out: list[str] = []
    n = highest
    while len(out) < count:
        n += 1
        if f"{prefix}-{n}" not in used:
            out.append(f"{prefix}-{n}")
    return out


def label_scheme(project: Project, hall_id: str) -> tuple[str, int, int]:
    """(prefix, highest number, digits) of the hall's most common "prefix + number" labels
    (A-07, A-08 → ("A-", 8, 2)); a hall without numbered booths gets its letter (`hall_letter`:
    the second hall ("B-", 0, 1))."""
    prefixes: Counter[str] = Counter()
    highest: dict[str, int] = {}
    width: dict[str, int] = {}
    for b in project.booths_in(hall_id):
        m = _TRAILING_NUMBER.match(b.label)
        if m:
            prefixes[m.group(1)] += 1
            highest[m.group(1)] = max(highest.get(m.group(1), 0), int(m.group(2)))
            width[m.group(1)] = len(m.group(2)) if m.group(2).startswith("0") else 1
    if not prefixes:
        return hall_letter(project, hall_id), 0, 1
    prefix = prefixes.most_common(1)[0][0]
    return prefix, highest[prefix], width[prefix]


def hall_letter(project: Project, hall_id: str) -> str:
    """The prefix organisers give a hall's booths: its letter in the halls' order (A- for the
    first, B- for the second) or, when another hall's booths use that one, the first letter
    none uses; past Z, the hall's id."""
    taken = set()
    for b in project.booths.values():
        m = _TRAILING_NUMBER.match(b.label)
        if m and b.hall_id != hall_id:
            taken.add(m.group(1))
    order = list(project.halls)
    index = order.index(hall_id) if hall_id in order else len(order)
    letters = [f"{c}-" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    if index < len(letters) and letters[index] not in taken:
        return letters[index]
    return next((p for p in letters if p not in taken), f"{hall_id}-")


def next_labels(project: Project, hall_id: str, count: int) -> list[str]:
    """`count` unused labels continuing the hall's numbering (A-7, A-8 → A-9)."""
    used = {b.label for b in project.booths.values()}
    prefix, n, digits = label_scheme(project, hall_id)
    out: list[str] = []
    while len(out) < count:
        n += 1
        label = f"{prefix}{n:0{digits}d}"
        if label not in used:
            out.append(label)
    return out


def pattern_labels(pattern: str, start: int, count: int) -> list[str]:
    """Labels from a pattern such as `B-{n:02}` for n = start, start+1, …"""
    try:
        labels = [pattern.format(n=n) for n in range(start, start + count)]
    except (KeyError, ValueError, IndexError, AttributeError):
        raise Refused(
            QCoreApplication.translate(
                "Commands", "The label pattern “{0}” is not valid; write it like B-{{n:02}}"
            ).format(pattern)
        ) from None
    if len(set(labels)) != len(labels):
        raise Refused(
            QCoreApplication.translate(
                "Commands", "The label pattern “{0}” must contain {{n}} to number the booths"
            ).format(pattern)
        )
    return labels


def reading_order(booths: Iterable[Booth], right_to_left: bool = False) -> list[Booth]:
    """Booths row by row from the top, each row left to right (or right to left).

    Booths whose tops are within half the smaller depth of each other share a row.
    """
    items = sorted(booths, key=lambda b: (b.rect.y, b.rect.x))
    rows: list[list[Booth]] = []
    for b in items:
        if rows and abs(rows[-1][0].rect.y - b.rect.y) * 2 < min(rows[-1][0].rect.h, b.rect.h):
            rows[-1].append(b)
        else:
            rows.append([b])
    out: list[Booth] = []
    for row in rows:
        out.extend(sorted(row, key=lambda b: -b.rect.x if right_to_left else b.rect.x))
    return out
