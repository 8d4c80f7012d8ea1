"""Manual planning: undo commands on exhibitors, sectors and the plan, the `Planning`
controller that judges moves with the validator, the canvas drop handler and the actions.

`install_planning(window)` (in `ui.planning.planning_install`) adds the exhibitors and
sectors panels and the planning actions to a MainWindow.
"""

from .exhibitor_commands import (
    AddExhibitor,
    EditExhibitors,
    IdsDelta,
    RemoveExhibitor,
    RestoreExhibitors,
    WithdrawExhibitors,
    apply_changes,
)
from .planning_controller import Planning, new_violations
from .sector_commands import AddSector, EditSector, RemoveSector, SetComplementarity
from .stand_commands import AssignStand, SetLocked, SwapStands, Unassign, occupants_of

__all__ = [
    "AddExhibitor",
    "AddSector",
    "AssignStand",
    "EditExhibitors",
    "EditSector",
    "IdsDelta",
    "Planning",
    "RemoveExhibitor",
    "RemoveSector",
    "RestoreExhibitors",
    "SetComplementarity",
    "SetLocked",
    "SwapStands",
    "Unassign",
    "WithdrawExhibitors",
    "apply_changes",
    "new_violations",
    "occupants_of",
]
