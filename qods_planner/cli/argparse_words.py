"""argparse's own error details in the current language.

argparse writes them in English ("invalid choice: 'x' (choose from 'fa', 'en')"); `say` finds
which of its messages a text is and renders our translation of it, with the same parts (names,
values, choices) left as argparse gave them. A message it does not know stays as it is.
"""

from __future__ import annotations

import re

from ..messages import tr

_RULES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.DOTALL), template, names)
    for pattern, template, names in (
        (
            r"^the following arguments are required: (.*)$",
            "the following arguments are required: {names}",
            ("names",),
        ),
        (r"^unrecognized arguments: (.*)$", "unrecognized arguments: {values}", ("values",)),
        (
            r"^invalid choice: (.*) \(choose from (.*)\)$",
            "invalid choice: {value} (choose from {choices})",
            ("value", "choices"),
        ),
        (r"^invalid (\S+) value: (.*)$", "invalid {kind} value: {value}", ("kind", "value")),
        (r"^expected one argument$", "expected one argument", ()),
        (r"^expected at most one argument$", "expected at most one argument", ()),
        (r"^expected at least one argument$", "expected at least one argument", ()),
        (r"^expected (\d+) arguments?$", "expected {count} arguments", ("count",)),
        (r"^not allowed with argument (.*)$", "not allowed with argument {name}", ("name",)),
        (
            r"^ambiguous option: (\S+) could match (.*)$",
            "ambiguous option: {option} could match {matches}",
            ("option", "matches"),
        ),
        (
            r"^one of the arguments (.*) is required$",
            "one of the arguments {names} is required",
            ("names",),
        ),
        (r"^ignored explicit argument (.*)$", "ignored explicit argument {value}", ("value",)),
    )
)


def say(message: str) -> str:
    """`message`, one of argparse's own, in the current language."""
    for pattern, template, names in _RULES:
        found = pattern.match(message)
        if found:
            parts: dict[str, object] = dict(zip(names, found.groups(), strict=True))
            if "count" in parts:
                parts["count"] = int(str(parts["count"]))  # a quantity: Persian digits
            return tr(template, **parts)
    return message
