"""Sectors and how much they complement each other."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..messages import tr
from ._checks import check_colour, check_id, check_text
from .model_error import ModelError

MAX_COMPLEMENTARITY = 3


@dataclass(frozen=True, slots=True)
class Sector:
    """An industrial sector, e.g. automotive parts; its colour paints its booths.
    `max_stands` caps how many of its exhibitors get a stand (None: no cap)."""

    id: str
    name_fa: str
    name_en: str
    colour: str
    max_stands: int | None = None

    def __post_init__(self) -> None:
        check_id(self.id, lambda: tr("sector"))
        check_text(self.name_fa, lambda: tr("sector {id} Persian name", id=self.id))
        check_text(self.name_en, lambda: tr("sector {id} English name", id=self.id))
        check_colour(self.colour, lambda: tr("sector {id} colour", id=self.id))
        cap = self.max_stands
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 0):
            raise ModelError(
                tr(
                    "sector {id} most stands must be a whole number ≥ 0, got {value!r}",
                    id=self.id,
                    value=cap,
                )
            )

    def name(self, language: str) -> str:
        return self.name_fa if language == "fa" else self.name_en


def _given_twice(a: str, b: str) -> str:
    return tr("complementarity {a}–{b} is given twice with different weights", a=a, b=b)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class Complementarity:
    """A symmetric matrix of weights 0–3 between distinct sectors; absent pairs weigh 0."""

    weights: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        clean: dict[tuple[str, str], int] = {}
        for (a, b), w in self.weights.items():
            if a == b:
                raise ModelError(
                    tr("complementarity of sector {id} with itself is not allowed", id=a)
                )
            if not isinstance(w, int) or isinstance(w, bool) or not 0 <= w <= MAX_COMPLEMENTARITY:
                raise ModelError(
                    tr(
                        "complementarity {a}–{b} must be a whole number 0–{max}, got {value!r}",
                        a=a,
                        b=b,
                        max=MAX_COMPLEMENTARITY,
                        value=w,
                    )
                )
            key = _pair(a, b)
            if key in clean and clean[key] != w:
                raise ModelError(_given_twice(a, b))
            if w:
                clean[key] = w
        object.__setattr__(self, "weights", MappingProxyType(dict(sorted(clean.items()))))

    def weight(self, a: str, b: str) -> int:
        return 0 if a == b else self.weights.get(_pair(a, b), 0)

    def with_weight(self, a: str, b: str, w: int) -> Complementarity:
        new = dict(self.weights)
        new[_pair(a, b)] = w
        return Complementarity(new)

    def without_sector(self, sector_id: str) -> Complementarity:
        return Complementarity({k: w for k, w in self.weights.items() if sector_id not in k})

    @classmethod
    def from_triples(cls, triples: Iterable[tuple[str, str, int]]) -> Complementarity:
        weights: dict[tuple[str, str], int] = {}
        for a, b, w in triples:
            key = _pair(a, b)
            if key in weights and weights[key] != w:
                raise ModelError(_given_twice(a, b))
            weights[key] = w
        return cls(weights)
