"""The JSON Schema of the project file, shipped in the package, and readable violations."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from ..model.integrity import Problem
from .paths import json_path

SCHEMA_RESOURCE = "schema/project.schema.json"
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "text",
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    type(None): "null",
}
_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "boolean": "true or false",
    "integer": "a whole number",
    "number": "a number",
    "null": "null",
}


@cache
def project_schema() -> dict[str, Any]:
    """The project file's JSON Schema (draft 2020-12), as shipped in `qods_planner/schema`."""
    text = files("qods_planner").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    schema = project_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker(["date"]))


@cache
def _fast_check():
    """A compiled validator: ~50× faster than jsonschema on valid files, but it stops at the
    first error and words it tersely, so it only decides whether the full report is needed."""
    schema = dict(project_schema())
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return fastjsonschema.compile(schema, formats={"date": _ISO_DATE})


_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def schema_problems(data: object) -> list[Problem]:
    """Every schema violation of `data`, sorted by place in the file, one readable line each."""
    try:
        _fast_check()(data)
        return []
    except fastjsonschema.JsonSchemaException:
        pass  # list every violation in the organiser's words below
    found: list[tuple[tuple[str, ...], Problem]] = []
    for error in _validator().iter_errors(data):
        steps = list(error.absolute_path)
        field, message = _describe(error)
        if field is not None:
            steps.append(field)
        key = tuple(f"{s:09d}" if isinstance(s, int) else s for s in steps)
        found.append((key, Problem(json_path(data, steps), message)))
    found.sort(key=lambda item: item[0])
    seen: set[Problem] = set()
    return [p for _, p in found if not (p in seen or seen.add(p))]


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _describe(error: ValidationError) -> tuple[str | None, str]:
    """(a field to add to the path, the message) for one violation."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in wanted)
        got = _JSON_TYPES.get(type(value), "a value")
        return None, f"must be {words}, got {got} {_shown(value)}"
    if kind == "required":
        match = re.match(r"^'(.+)' is a required property$", error.message)
        name = match.group(1) if match else "?"
        return name, "is required but missing"
    if kind == "additionalProperties" and isinstance(value, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in value if k not in known)
        if len(extra) == 1:
            return extra[0], "is not a known field (misspelt?)"
        return None, f"has unknown fields {', '.join(extra)}"
    if kind == "enum":
        return None, f"must be one of {', '.join(map(str, expected))}, got {_shown(value)}"
    if kind == "const":
        return None, f"must be {_shown(expected)}, got {_shown(value)}"
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        sign = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}
        return None, f"must be {sign[kind]} {expected}, got {_shown(value)}"
    if kind == "pattern":
        if expected.startswith("^#"):
            return None, f"must be a colour like #1f77b4, got {_shown(value)}"
        return None, (
            "must be an id of letters, digits, '_', '-' or '.', starting with a letter or digit;"
            f" got {_shown(value)}"
        )
    if kind == "minLength":
        return None, "must not be empty"
    if kind == "minItems":
        return None, "must list at least one item"
    if kind == "uniqueItems":
        return None, f"lists an item twice: {_shown(value)}"
    if kind == "format":
        return None, f"must be an ISO date like 2026-10-05, got {_shown(value)}"
    return None, error.message
