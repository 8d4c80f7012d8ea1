"""The exhibition model: frozen entity values and the mutable `Project` document."""

from .booth import Booth, BoothKind, BoothStatus
from .exhibitor import Exhibitor, ExhibitorStatus, Needs, PriorityTier, Wishes
from .geometry import Rect, Side, cm, m2
from .integrity import Problem, project_problems
from .model_error import ModelError
from .plan import EMPTY_PLAN, Plan
from .project import Change, EventInfo, Project
from .sector import Complementarity, Sector
from .settings import NeighbourRules, RuleWeights, Settings, SolverSettings
from .venue import Entrance, Hall, Obstacle, ObstacleKind

__all__ = [
    "EMPTY_PLAN",
    "Booth",
    "BoothKind",
    "BoothStatus",
    "Change",
    "Complementarity",
    "Entrance",
    "EventInfo",
    "Exhibitor",
    "ExhibitorStatus",
    "Hall",
    "ModelError",
    "Needs",
    "NeighbourRules",
    "Obstacle",
    "ObstacleKind",
    "Plan",
    "PriorityTier",
    "Problem",
    "Project",
    "Rect",
    "RuleWeights",
    "Sector",
    "Settings",
    "Side",
    "SolverSettings",
    "Wishes",
    "cm",
    "m2",
    "project_problems",
]
