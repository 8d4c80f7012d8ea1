"""Undo commands: each changes the model through the Project's mutators, never scene items,
and holds plain values (ids, `Rect`, `Booth`), so undo, redo and file load refresh the canvas
through the same change notifications."""

from .booth_change import Refused, ReplaceBooths
from .booth_commands import (
    AddBooths,
    EditBooths,
    MoveBooths,
    RemoveBooths,
    RenumberBooths,
    ResizeBooth,
    RotateBooths,
)
from .reshape import MergeBooths, SplitBooth
from .venue_edits import (
    AddObstacle,
    EditEvent,
    EditHall,
    EditObstacle,
    MoveObstacle,
    RemoveObstacle,
    ReplaceObstacles,
    SetPlan,
)
from .zone_commands import SetBoothZones, hall_zone_edit

__all__ = [
    "AddBooths",
    "AddObstacle",
    "EditBooths",
    "EditEvent",
    "EditHall",
    "EditObstacle",
    "MergeBooths",
    "MoveBooths",
    "MoveObstacle",
    "Refused",
    "RemoveBooths",
    "RemoveObstacle",
    "RenumberBooths",
    "ReplaceBooths",
    "ReplaceObstacles",
    "ResizeBooth",
    "RotateBooths",
    "SetBoothZones",
    "SetPlan",
    "SplitBooth",
    "hall_zone_edit",
]
