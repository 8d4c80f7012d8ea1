"""The plan canvas: a scene mirroring the project, its items, and the view."""

from .booth_item import BoothItem
from .scene import PlanScene
from .stand_item import StandItem
from .style import ColorMode
from .venue_items import HallItem, ObstacleItem
from .view import PlanView

__all__ = [
    "BoothItem",
    "ColorMode",
    "HallItem",
    "ObstacleItem",
    "PlanScene",
    "PlanView",
    "StandItem",
]
