"""Booths: the rentable rectangles of floor that stands are made of."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ._checks import check_id, check_text
from .errors import ModelError
from .geometry import Rect


class BoothStatus(Enum):
    """AVAILABLE for anyone; BLOCKED never used; RESERVED only for the exhibitor pinned there."""

    AVAILABLE = "available"
    BLOCKED = "blocked"
    RESERVED = "reserved"


class BoothKind(Enum):
    """How many sides face an aisle: inline 0–1, corner 2, peninsula 3, island 4."""

    INLINE = "inline"
    CORNER = "corner"
    PENINSULA = "peninsula"
    ISLAND = "island"

    @classmethod
    def from_open_sides(cls, count: int) -> BoothKind:
        return {0: cls.INLINE, 1: cls.INLINE, 2: cls.CORNER, 3: cls.PENINSULA}.get(count, cls.ISLAND)


MIN_BOOTH_SIDE_CM = 100


@dataclass(frozen=True, slots=True)
class Booth:
    """A booth. Area, open sides and kind are derived from geometry (see `layout`).

    `premium` is True/False when the organiser set it, None to derive it (near an entrance).
    """

    id: str
    label: str
    hall_id: str
    rect: Rect
    power: bool = False
    water: bool = False
    heavy_floor: bool = False
    premium: bool | None = None
    status: BoothStatus = BoothStatus.AVAILABLE

    def __post_init__(self) -> None:
        check_id(self.id, "booth")
        check_text(self.label, f"booth {self.id} label")
        check_id(self.hall_id, f"booth {self.id} hall")
        if not isinstance(self.rect, Rect):
            raise ModelError(f"booth {self.id} must have a rectangle")
        if min(self.rect.w, self.rect.h) < MIN_BOOTH_SIDE_CM:
            raise ModelError(
                f"booth {self.label} is {self.rect.w} × {self.rect.h} cm; each side must be"
                f" at least {MIN_BOOTH_SIDE_CM} cm"
            )
        if not isinstance(self.status, BoothStatus):
            raise ModelError(f"booth {self.label} status must be available, blocked or reserved")
        for flag in ("power", "water", "heavy_floor"):
            if not isinstance(getattr(self, flag), bool):
                raise ModelError(f"booth {self.label} {flag} must be true or false")
        if self.premium is not None and not isinstance(self.premium, bool):
            raise ModelError(f"booth {self.label} premium must be true, false or unset")

    @property
    def area(self) -> int:
        """Area in cm²."""
        return self.rect.area

    def meets(self, power: bool, water: bool, heavy_floor: bool) -> bool:
        """True when the booth offers every service asked for."""
        return (self.power or not power) and (self.water or not water) and (
            self.heavy_floor or not heavy_floor
        )
