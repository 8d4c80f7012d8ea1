"""Turn a whole-project `Problem` ("booth A-12 lies outside hall H1") into one located at its
JSON path in the file (`booths[b7].rect`), keeping the readable sentence.

The path comes from the problem's identifiers (`entity`, `key`, `attribute`), never from its
words, so it is the same whatever the language of the message.
"""

from __future__ import annotations

from ..model.integrity import Problem

_COLLECTION = {"booth": "booths", "obstacle": "obstacles", "exhibitor": "exhibitors"}
_PLANS = ("plan", "baseline")


def locate(problem: Problem) -> Problem:
    """The same problem with `where` as a JSON path and the entity named in the message."""
    sentence = f"{problem.where} {problem.message}"
    if problem.entity in _COLLECTION and problem.key:
        path = f"{_COLLECTION[problem.entity]}[{problem.key}]"
        if problem.attribute:
            path += f".{problem.attribute}"
        return Problem(path, sentence)
    if problem.entity in _PLANS:
        path = f"{problem.entity}.stands"
        if problem.key:
            path += f"[{problem.key}]"
        return Problem(path, sentence)
    if problem.entity:
        return Problem(problem.entity, problem.message)
    return problem
