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

from ..messages import join, tr
from ..model._checks import COLOUR_EXAMPLE, DATE_EXAMPLE, MOMENT_EXAMPLE
from ..model.integrity import Problem
from .paths import json_path

SCHEMA_RESOURCE = "schema/project.schema.json"


def _type_words() -> dict[str, str]:
    """JSON Schema type names as the organiser says them, in the current language."""
    return {
        "object": tr("an object"),
        "array": tr("a list"),
        "string": tr("text"),
        "boolean": tr("true or false"),
        "integer": tr("a whole number"),
        "number": tr("a number"),
        "null": tr("null"),
    }


_SCHEMA_TYPE = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def json_kind(value: object) -> str:
    """What kind of JSON value `value` is, in words ("a list", "text", …)."""
    kind = _SCHEMA_TYPE.get(type(value))
    return _type_words()[kind] if kind is not None else tr("a value")


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
    unique = []
    for _, p in found:
        if p not in seen:
            seen.add(p)
            unique.append(p)
    return unique


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _describe(error: ValidationError) -> tuple[str | None, str]:
    """(a field to add to the path, the message) for one violation."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    shown = _shown(value)
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        names = _type_words()
        words = join((names.get(t, t) for t in wanted), "or")
        return None, tr(
            "must be {expected}, got {kind} {value}",
            expected=words,
            kind=json_kind(value),
            value=shown,
        )
    if kind == "required":
        match = re.match(r"^'(.+)' is a required property$", error.message)
        name = match.group(1) if match else "?"
        return name, tr("is required but missing")
    if kind == "additionalProperties" and isinstance(value, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in value if k not in known)
        if len(extra) == 1:
            return extra[0], tr("is not a known field (misspelt?)")
        return None, tr("has unknown fields {fields}", fields=", ".join(extra))
    if kind == "enum":
        return None, tr(
            "must be one of {values}, got {value}",
            values=", ".join(map(str, expected)),  # the values as they are written in the file
            value=shown,
        )
    if kind == "const":
        return None, tr("must be {expected}, got {value}", expected=_shown(expected), value=shown)
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        sign = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}
        return None, tr(
            "must be {sign} {limit}, got {value}", sign=sign[kind], limit=expected, value=shown
        )
    if kind == "pattern":
        if expected.startswith("^\\d{4}"):
            return None, tr(
                "must be an ISO date like {example}, optionally with a time like {moment};"
                " got {value}",
                example=DATE_EXAMPLE,
                moment=MOMENT_EXAMPLE,
                value=shown,
            )
        if expected.startswith("^#"):
            return None, tr(
                "must be a colour like {example}, got {value}", example=COLOUR_EXAMPLE, value=shown
            )
        return None, tr(
            "must be an id of letters, digits, '_', '-' or '.', starting with a letter or digit;"
            " got {value}",
            value=shown,
        )
    if kind == "minLength":
        return None, tr("must not be empty")
    if kind == "minItems":
        return None, tr("must list at least one item")
    if kind == "uniqueItems":
        return None, tr("lists an item twice: {value}", value=shown)
    if kind == "format":
        return None, tr(
            "must be an ISO date like {example}, got {value}", example=DATE_EXAMPLE, value=shown
        )
    return None, error.message  # a rule the schema may gain later: jsonschema's own words
