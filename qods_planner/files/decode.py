"""Plain JSON data → a validated Project, or a ProjectFileError listing what is wrong where.

Four gates, each reporting every problem it finds before the next one runs: the header
(`format`, `format_version`), the JSON Schema, the entities' own validation (their messages
prefixed with the JSON path), and the whole-project rules of `model.integrity`.
Optional fields that are missing take the model's defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

from ..messages import tr
from ..model.booth import Booth, BoothStatus
from ..model.exhibitor import Exhibitor, ExhibitorStatus, Needs, PriorityTier, Wishes
from ..model.geometry import Rect, Side
from ..model.integrity import Problem, project_problems
from ..model.model_error import ModelError
from ..model.plan import Plan
from ..model.project import EventInfo, Project
from ..model.sector import Complementarity, Sector
from ..model.settings import NeighbourRules, RuleWeights, Settings, SolverSettings
from ..model.venue import Entrance, Hall, Obstacle, ObstacleKind
from .encode import FORMAT, FORMAT_VERSION
from .file_error import ProjectFileError
from .locate import locate
from .paths import item_name
from .schema import json_kind, schema_problems

T = TypeVar("T")
Data = dict[str, Any]


def project_from_dict(data: Data, source: str = "") -> Project:
    """Build the project that `data` describes; raise ProjectFileError naming every problem.

    `source` (usually the file name) prefixes the error's message. `data` is not modified.
    """
    _check_header(data, source)
    problems = schema_problems(data)
    if problems:
        raise ProjectFileError.from_problems(problems, source)
    builder = _Builder()
    project = builder.project(data)
    if builder.problems or project is None:
        raise ProjectFileError.from_problems(builder.problems, source)
    problems = [locate(p) for p in project_problems(project)]
    if problems:
        raise ProjectFileError.from_problems(problems, source)
    return project


def _check_header(data: object, source: str) -> None:
    if not isinstance(data, dict):
        raise ProjectFileError(
            tr(
                "is not a Qods Planner project: the file must hold a JSON object, not {kind}",
                # a bare number is "a number" here, whole or not
                kind=tr("a number") if type(data) is int else json_kind(data),
            ),
            source=source,
        )
    fmt = data.get("format")
    if fmt != FORMAT:
        raise ProjectFileError(
            tr(
                "is not a Qods Planner project: format is {found!r}, expected {expected!r}",
                found=fmt,
                expected=FORMAT,
            ),
            "format",
            source=source,
        )
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectFileError(
            tr("format_version must be a whole number ≥ 1, got {value!r}", value=version),
            "format_version",
            source=source,
        )
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            tr(
                "made by a newer Qods Planner: format_version {version}, this program reads up"
                " to {supported}",
                version=str(version),  # version numbers are identifiers, not quantities
                supported=str(FORMAT_VERSION),
            ),
            "format_version",
            source=source,
        )


@contextmanager
def _at(where: str) -> Iterator[None]:
    """Re-raise a model validation error as a file error located at `where`."""
    try:
        yield
    except ProjectFileError:
        raise
    except ValueError as exc:  # ModelError, or an enum given an unknown value
        message = exc.message if isinstance(exc, ModelError) else str(exc)
        if isinstance(exc, ModelError) and exc.where:
            message = f"{exc.where}: {message}"
        raise ProjectFileError(message, where) from None


def _int(value: Any) -> Any:
    """JSON Schema counts 300.0 as an integer; the model wants a Python int."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _given(d: Data, *names: str, rename: dict[str, str] | None = None) -> Data:
    """The optional fields present in `d`, so that absent ones take the model's defaults."""
    rename = rename or {}
    return {rename.get(n, n): _int(d[n]) for n in names if n in d}


class _Builder:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def _try(self, build: Callable[[], T]) -> T | None:
        try:
            return build()
        except ProjectFileError as exc:
            self.problems.append(Problem(exc.where, exc.message))
            return None

    def _each(self, data: Data, key: str, build: Callable[[Data, str], T]) -> dict[str, T]:
        """Build every item of the list `data[key]`, keyed by id; duplicate ids are problems."""
        items = data.get(key, [])
        out: dict[str, T] = {}
        seen: set[str] = set()
        for i, item in enumerate(items):
            where = f"{key}[{item_name(items, i)}]"
            if item["id"] in seen:
                message = tr("the id {id} is used by another item too", id=item["id"])
                self.problems.append(Problem(f"{key}[{i}]", message))
                continue
            seen.add(item["id"])
            built = self._try(partial(build, item, where))
            if built is not None:
                out[item["id"]] = built
        return out

    def project(self, d: Data) -> Project | None:
        event = self._try(lambda: _event(d.get("event", {})))
        halls = self._each(d, "halls", _hall)
        obstacles = self._each(d, "obstacles", _obstacle)
        booths = self._each(d, "booths", _booth)
        sectors = self._each(d, "sectors", _sector)
        matrix = self._try(lambda: _complementarity(d.get("complementarity", [])))
        exhibitors = self._each(d, "exhibitors", _exhibitor)
        plan = self._try(lambda: _plan(d.get("plan", {}), "plan"))
        baseline = d.get("baseline")
        base = None if baseline is None else self._try(lambda: _plan(baseline, "baseline"))
        settings = self._try(lambda: _settings(d.get("settings", {})))
        if self.problems:
            return None
        # `_try` gives None only after recording a problem: with none, every part is here.
        assert event is not None and matrix is not None and plan is not None
        assert settings is not None
        with _at("id"):
            return Project(
                event=event,
                **_given(d, "id"),
                halls=halls,
                obstacles=obstacles,
                booths=booths,
                sectors=sectors,
                complementarity=matrix,
                exhibitors=exhibitors,
                plan=plan,
                baseline=base,
                settings=settings,
            )


def _event(d: Data) -> EventInfo:
    with _at("event"):
        return EventInfo(
            **_given(
                d,
                "name_fa",
                "name_en",
                "start",
                "end",
                "language",
                "contact_fa",
                "contact_en",
                "move_in_fa",
                "move_in_en",
            )
        )


def _rect(d: Data, where: str) -> Rect:
    with _at(where):
        return Rect(_int(d["x"]), _int(d["y"]), _int(d["w"]), _int(d["h"]))


def _hall(d: Data, where: str) -> Hall:
    outline = _rect(d["outline"], f"{where}.outline")
    doors = []
    for i, door in enumerate(d.get("entrances", [])):
        with _at(f"{where}.entrances[{i}]"):
            side, offset = Side(door["side"]), _int(door["offset"])
            doors.append(Entrance(side, offset, **_given(door, "width")))
    with _at(where):
        return Hall(
            d["id"], d["name_fa"], d["name_en"], outline, tuple(doors), tuple(d.get("sectors", ()))
        )


def _obstacle(d: Data, where: str) -> Obstacle:
    rect = _rect(d["rect"], f"{where}.rect")
    with _at(where):
        return Obstacle(d["id"], d["hall"], ObstacleKind(d["kind"]), rect, **_given(d, "label"))


def _booth(d: Data, where: str) -> Booth:
    rect = _rect(d["rect"], f"{where}.rect")
    with _at(where):
        extra = _given(d, "power", "water", "heavy_floor", "premium")
        if "status" in d:
            extra["status"] = BoothStatus(d["status"])
        if "sectors" in d:
            extra["sectors"] = tuple(d["sectors"])
        label = d["label"] if "label" in d else d["id"]
        return Booth(d["id"], label, d["hall"], rect, **extra)


def _sector(d: Data, where: str) -> Sector:
    with _at(where):
        return Sector(d["id"], d["name_fa"], d["name_en"], d["colour"], d.get("max_stands"))


def _complementarity(items: list[Data]) -> Complementarity:
    weights: dict[tuple[str, str], tuple[int, int]] = {}
    for i, item in enumerate(items):
        a, b, w = item["a"], item["b"], _int(item["weight"])
        if a == b:
            raise ProjectFileError(
                tr("sector {id} cannot complement itself", id=a), f"complementarity[{i}]"
            )
        key = (a, b) if a <= b else (b, a)
        if key in weights and weights[key][0] != w:
            earlier, j = weights[key]
            raise ProjectFileError(
                tr(
                    "{a}–{b} has weight {weight} here but {earlier} at {path}",
                    a=a,
                    b=b,
                    weight=w,
                    earlier=earlier,
                    path=f"complementarity[{j}]",
                ),
                f"complementarity[{i}]",
            )
        weights[key] = (w, i)
    with _at("complementarity"):
        return Complementarity({k: w for k, (w, _) in weights.items()})


def _exhibitor(d: Data, where: str) -> Exhibitor:
    with _at(f"{where}.needs"):
        needs = Needs(**_given(d.get("needs", {}), "power", "water", "heavy_floor"))
    with _at(f"{where}.wishes"):
        wishes = Wishes(
            **_given(d.get("wishes", {}), "corner", "island", "preferred_hall", "hall_required")
        )
    requested = d["requested_m2"]
    extra = _given(d, "registered_on", "phone", "note", "language", "choices_only")
    if "priority_points" in d:
        extra["priority_points"] = _int(d["priority_points"])
    for name in ("competitors", "partners", "pinned_booths", "choices"):
        if name in d:
            extra[name] = tuple(d[name])
    with _at(where):
        if "priority" in d:
            extra["priority"] = PriorityTier(d["priority"])
        if "status" in d:
            extra["status"] = ExhibitorStatus(d["status"])
        return Exhibitor(
            id=d["id"],
            name_fa=d["name_fa"],
            name_en=d.get("name_en", ""),
            sector_id=d["sector"],
            requested_m2=requested,
            # the schema has made both numbers (mypy reads `get`'s default as maybe None)
            min_m2=d.get("min_m2", requested),  # type: ignore[arg-type]
            max_m2=d.get("max_m2", requested),  # type: ignore[arg-type]
            needs=needs,
            wishes=wishes,
            **extra,
        )


def _plan(d: Data, where: str) -> Plan:
    with _at(where):
        stands = {e: tuple(booths) for e, booths in d.get("stands", {}).items()}
        return Plan(stands, frozenset(d.get("locked", [])))


def _settings(d: Data) -> Settings:
    with _at("settings.weights"):
        weights = RuleWeights(**{k: _int(v) for k, v in d.get("weights", {}).items()})
    with _at("settings.neighbours"):
        neighbours = NeighbourRules(**{k: _int(v) for k, v in d.get("neighbours", {}).items()})
    with _at("settings.solver"):
        solver = SolverSettings(**{k: _int(v) for k, v in d.get("solver", {}).items()})
    with _at("settings"):
        order = d.get("priority_order")
        if order is None:
            return Settings(weights, neighbours, solver)
        return Settings(weights, neighbours, solver, tuple(order))
