"""Booths: the rentable rectangles of floor that stands are made of."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..messages import tr
from ._checks import check_id, check_ids, check_text
from .geometry import Rect
from .model_error import ModelError


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
        return {0: cls.INLINE, 1: cls.INLINE, 2: cls.CORNER, 3: cls.PENINSULA}.get(
            count, cls.ISLAND
        )


MIN_BOOTH_SIDE_CM = 100


@dataclass(frozen=True, slots=True)
class Booth:
    """A booth. Area, open sides and kind are derived from geometry (see `layout`).

    `premium` is True/False when the organiser set it, None to derive it (near an entrance).
    `sectors` binds the booth to those sectors' exhibitors (empty: its hall's, else any).
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
    sectors: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_id(self.id, lambda: tr("booth"))
        check_ids(self.sectors, lambda: tr("booth {id} sectors", id=self.id))
        check_text(self.label, lambda: tr("booth {id} label", id=self.id))
        check_id(self.hall_id, lambda: tr("booth {id} hall", id=self.id))
        if not isinstance(self.rect, Rect):
            raise ModelError(tr("booth {id} must have a rectangle", id=self.id))
        if min(self.rect.w, self.rect.h) < MIN_BOOTH_SIDE_CM:
            raise ModelError(
                tr(
                    "booth {label} is {width} × {depth} cm; each side must be at least"
                    " {min_side} cm",
                    label=self.label,
                    width=self.rect.w,
                    depth=self.rect.h,
                    min_side=MIN_BOOTH_SIDE_CM,
                )
            )
        if not isinstance(self.status, BoothStatus):
            raise ModelError(
                tr("booth {label} status must be available, blocked or reserved", label=self.label)
            )
        for flag in ("power", "water", "heavy_floor"):
            if not isinstance(getattr(self, flag), bool):
                # the field's name as in the file: it is what must be corrected
                raise ModelError(
                    tr("booth {label} {field} must be true or false", label=self.label, field=flag)
                )
        if self.premium is not None and not isinstance(self.premium, bool):
            raise ModelError(
                tr("booth {label} premium must be true, false or unset", label=self.label)
            )

    @property
    def area(self) -> int:
        """Area in cm²."""
        return self.rect.area

    def meets(self, power: bool, water: bool, heavy_floor: bool) -> bool:
        """True when the booth offers every service asked for."""
        return (
            (self.power or not power)
            and (self.water or not water)
            and (self.heavy_floor or not heavy_floor)
        )
