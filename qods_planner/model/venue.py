"""Halls, their entrances, and obstacles that booths may not cover."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..messages import tr
from ._checks import check_id, check_ids, check_text
from .geometry import Rect, Side
from .model_error import ModelError


@dataclass(frozen=True, slots=True)
class Entrance:
    """A door on a hall's outline: `offset` cm from the side's start (left or top), `width` cm."""

    side: Side
    offset: int
    width: int = 300

    def __post_init__(self) -> None:
        if not isinstance(self.side, Side):
            raise ModelError(
                tr(
                    "entrance side must be one of top/right/bottom/left, got {side!r}",
                    side=self.side,
                )
            )
        if self.offset < 0:
            raise ModelError(tr("entrance offset must be ≥ 0 cm, got {offset}", offset=self.offset))
        if self.width <= 0:
            raise ModelError(tr("entrance width must be > 0 cm, got {width}", width=self.width))

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
    """An exhibition hall: a rectangular outline with entrances on it. `sectors` binds its
    booths to those sectors' exhibitors (empty: any), unless a booth names its own."""

    id: str
    name_fa: str
    name_en: str
    outline: Rect
    entrances: tuple[Entrance, ...] = ()
    sectors: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_id(self.id, lambda: tr("hall"))
        check_text(self.name_fa, lambda: tr("hall {id} Persian name", id=self.id))
        check_text(self.name_en, lambda: tr("hall {id} English name", id=self.id))
        check_ids(self.sectors, lambda: tr("hall {id} sectors", id=self.id))
        if not isinstance(self.outline, Rect):
            raise ModelError(tr("hall {id} outline must be a rectangle", id=self.id))
        for door in self.entrances:
            if door.offset + door.width > self.outline.side_length(door.side):
                raise ModelError(
                    tr(
                        "hall {id}: entrance on the {side} runs past the corner"
                        " ({offset} + {width} cm > {length} cm)",
                        id=self.id,
                        side=side_name(door.side),
                        offset=door.offset,
                        width=door.width,
                        length=self.outline.side_length(door.side),
                    )
                )

    def name(self, language: str) -> str:
        return self.name_fa if language == "fa" else self.name_en


class ObstacleKind(Enum):
    PILLAR = "pillar"
    STAGE = "stage"
    FIRE_EXIT = "fire_exit"
    SERVICE = "service"


def side_name(side: Side) -> str:
    """The name of one side of a hall ("top side", …) in the current language."""
    return {
        Side.TOP: tr("top side"),
        Side.RIGHT: tr("right side"),
        Side.BOTTOM: tr("bottom side"),
        Side.LEFT: tr("left side"),
    }[side]


def obstacle_kind_name(kind: ObstacleKind) -> str:
    """A kind of obstacle as a word of the current language ("pillar", "fire exit", …)."""
    return {
        ObstacleKind.PILLAR: tr("pillar"),
        ObstacleKind.STAGE: tr("stage"),
        ObstacleKind.FIRE_EXIT: tr("fire exit"),
        ObstacleKind.SERVICE: tr("service"),
    }[kind]


@dataclass(frozen=True, slots=True)
class Obstacle:
    """Floor that no booth may cover: a pillar, a stage, a fire-exit zone or a service area."""

    id: str
    hall_id: str
    kind: ObstacleKind
    rect: Rect
    label: str = ""

    def __post_init__(self) -> None:
        check_id(self.id, lambda: tr("obstacle"))
        check_id(self.hall_id, lambda: tr("obstacle {id} hall", id=self.id))
        if not isinstance(self.kind, ObstacleKind):
            raise ModelError(
                tr(
                    "obstacle {id} kind must be one of {kinds}, got {kind!r}",
                    id=self.id,
                    kinds=", ".join(k.value for k in ObstacleKind),  # the file's values
                    kind=self.kind,
                )
            )
        if not isinstance(self.rect, Rect):
            raise ModelError(tr("obstacle {id} must have a rectangle", id=self.id))
        check_text(self.label, lambda: tr("obstacle {id} label", id=self.id), required=False)
