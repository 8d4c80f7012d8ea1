"""Turn a whole-project `Problem` ("booth A-12 lies outside hall H1") into one located at its
JSON path in the file (`booths[b7].rect`), keeping the readable sentence."""

from __future__ import annotations

import re

from ..model.integrity import Problem
from ..model.project import Project

# (start of the message, field of the entity it is about)
_FIELDS = {
    "booth": [
        ("has the same label", "label"),
        ("is in unknown hall", "hall"),
        ("lies outside", "rect"),
        ("overlaps", "rect"),
        ("covers", "rect"),
    ],
    "obstacle": [("is in unknown hall", "hall"), ("lies outside", "rect")],
    "exhibitor": [
        ("has unknown sector", "sector"),
        ("names unknown competitor", "competitors"),
        ("names unknown partner", "partners"),
        ("is pinned to unknown booth", "pinned_booths"),
        ("prefers unknown hall", "wishes.preferred_hall"),
    ],
}
_COLLECTION = {"booth": "booths", "obstacle": "obstacles", "exhibitor": "exhibitors"}
_PLAN_KEY = {"plan": "plan", "baseline plan": "baseline"}
_PLAN_EXHIBITOR = re.compile(r"unknown exhibitor '([^']+)'|gives exhibitor (\S+) unknown booth")


def _booth_id(project: Project, label: str) -> str:
    """The booth id behind a label (the label itself when it is not unique)."""
    ids = [b.id for b in project.booths.values() if b.label == label]
    return ids[0] if len(ids) == 1 else label


def locate(problem: Problem, project: Project) -> Problem:
    """The same problem with `where` as a JSON path and the entity named in the message."""
    kind, _, name = problem.where.partition(" ")
    sentence = f"{problem.where} {problem.message}"
    if kind in _COLLECTION and name:
        key = _booth_id(project, name) if kind == "booth" else name
        path = f"{_COLLECTION[kind]}[{key}]"
        for start, field in _FIELDS[kind]:
            if problem.message.startswith(start):
                path += f".{field}"
                break
        return Problem(path, sentence)
    if problem.where in _PLAN_KEY:
        path = f"{_PLAN_KEY[problem.where]}.stands"
        match = _PLAN_EXHIBITOR.search(problem.message)
        if match:
            path += f"[{match.group(1) or match.group(2)}]"
        return Problem(path, sentence)
    return Problem(problem.where, problem.message)
