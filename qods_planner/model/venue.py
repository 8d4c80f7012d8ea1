"""Halls, their entrances, and obstacles that booths may not cover."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ._checks import check_id, check_text
from .errors import ModelError
from .geometry import Rect, Side


@dataclass(frozen=True, slots=True)
class Entrance:
    """A door on a hall's outline: `offset` cm from the side's start (left or top), `width` cm."""

    side: Side
    offset: int
    width: int = 300

    def __post_init__(self) -> None:
        if not isinstance(self.side, Side):
            raise ModelError(f"entrance side must be one of top/right/bottom/left, got {self.side!r}")
        if self.offset < 0:
            raise ModelError(f"entrance offset must be ≥ 0 cm, got {self.offset}")
        if self.width <= 0:
            raise ModelError(f"entrance width must be > 0 cm, got {self.width}")

    def rect_on(self, outline: Rect, depth: int = 1) -> Rect:
        """The door as a thin rectangle just inside the outline (for distances and drawing)."""
        if self.side is Side.TOP:
            return Rect(outline.x + self.offset, outline.y, self.width, depth)
        if self.side is Side.BOTTOM:
            return Rect(outline.x + self.offset, outline.bottom - depth, self.width, depth)
        if self.side is Side.LEFT:
            return Rect(outline.x, outline.y + self.offset, depth, self.width)
        return Rect(outline.right - depth, outline.y + self.offset, depth, self.width)


@dataclass(frozen=True, slots=True)
class Hall:
    """An exhibition hall: a rectangular outline with entrances on it."""

    id: str
    name_fa: str
    name_en: str
    outline: Rect
    entrances: tuple[Entrance, ...] = ()

    def __post_init__(self) -> None:
        check_id(self.id, "hall")
        check_text(self.name_fa, f"hall {self.id} Persian name")
        check_text(self.name_en, f"hall {self.id} English name")
        if not isinstance(self.outline, Rect):
            raise ModelError(f"hall {self.id} outline must be a rectangle")
        for door in self.entrances:
            if door.offset + door.width > self.outline.side_length(door.side):
                raise ModelError(
                    f"hall {self.id}: entrance on the {door.side.value} side runs past the corner"
                    f" ({door.offset} + {door.width} cm > {self.outline.side_length(door.side)} cm)"
                )

    def name(self, language: str) -> str:
        return self.name_fa if language == "fa" else self.name_en


class ObstacleKind(Enum):
    PILLAR = "pillar"
    STAGE = "stage"
    FIRE_EXIT = "fire_exit"
    SERVICE = "service"


@dataclass(frozen=True, slots=True)
class Obstacle:
    """Floor that no booth may cover: a pillar, a stage, a fire-exit zone or a service area."""

    id: str
    hall_id: str
    kind: ObstacleKind
    rect: Rect
    label: str = ""

    def __post_init__(self) -> None:
        check_id(self.id, "obstacle")
        check_id(self.hall_id, f"obstacle {self.id} hall")
        if not isinstance(self.kind, ObstacleKind):
            raise ModelError(f"obstacle {self.id} kind must be one of"
                             f" {', '.join(k.value for k in ObstacleKind)}, got {self.kind!r}")
        if not isinstance(self.rect, Rect):
            raise ModelError(f"obstacle {self.id} must have a rectangle")
        check_text(self.label, f"obstacle {self.id} label", required=False)
