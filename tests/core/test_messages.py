"""The core's message catalogue: placeholders agree, digits follow the policy, fallbacks hold."""

from __future__ import annotations

import ast
import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

from qods_planner import messages
from qods_planner.messages import (
    Message,
    catalogue,
    format_area_m2,
    format_number,
    join,
    language_from_environment,
    set_language,
    to_persian_digits,
    tr,
)

ROOT = Path(__file__).resolve().parents[2]
FA = catalogue("fa")


@pytest.fixture(autouse=True)
def _english_after_each_test():
    yield
    set_language("en")


def _fields(template: str) -> list[tuple[str, str | None, str]]:
    """Every placeholder as (name, conversion, spec), sorted, so order may differ."""
    return sorted(
        (name, conversion, spec or "")
        for _, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    )


def _without_fields(template: str) -> str:
    return "".join(text for text, *_ in string.Formatter().parse(template))


def test_the_persian_catalogue_is_not_empty():
    assert len(FA) >= 20


@pytest.mark.parametrize("key", sorted(FA))
def test_every_entry_has_the_same_placeholders_in_both_languages(key):
    assert _fields(FA[key]) == _fields(key)


@pytest.mark.parametrize("key", sorted(FA))
def test_every_entry_is_really_persian_with_persian_digits(key):
    persian = _without_fields(FA[key])
    assert re.search("[\u0600-\u06ff]", persian), "not translated"
    assert not re.search("[0-9]", persian), "numbers in a Persian sentence use Persian digits"
    assert "ي" not in persian and "ك" not in persian, "Arabic ye/kaf instead of Persian ی/ک"


def test_english_output_is_exactly_str_format():
    key = "booth {label} is {width} × {depth} cm; each side must be at least {min_side} cm"
    params = {"label": "A-12", "width": 1200, "depth": 250.5, "min_side": 200}
    assert tr(key, **params) == key.format(**params)


def test_persian_numbers_get_persian_digits_and_text_ids_stay_ascii():
    set_language("fa")
    text = tr(
        "booth {label} is {width} × {depth} cm; each side must be at least {min_side} cm",
        label="12",
        width=1200,
        depth=250,
        min_side=200,
    )
    assert text == ("ابعاد غرفه 12 ۱٬۲۰۰ × ۲۵۰ سانتی‌متر است؛ هر ضلع باید دست‌کم ۲۰۰ سانتی‌متر باشد")


def test_a_format_spec_is_applied_before_the_digits_change():
    formatter = messages._Formatter("fa")
    params = {"x": 12.34, "y": Decimal("3.50"), "s": "B-7", "b": True}
    assert formatter.vformat("{x:.1f}|{y}|{s}|{b}", (), params) == "۱۲٫۳|۳٫۵|B-7|True"


def test_a_missing_key_falls_back_to_english():
    set_language("fa")
    assert tr("no such message about booth {id}", id="B1") == "no such message about booth B1"


def test_a_broken_translation_falls_back_to_english(monkeypatch):
    key = "hall {id} still has booths; remove them first"
    broken = dict(FA) | {key: "سالن {name}"}
    monkeypatch.setattr(messages, "catalogue", lambda language: broken)
    set_language("fa")
    assert tr(key, id="H1") == "hall H1 still has booths; remove them first"


def test_the_language_is_fa_or_en_only():
    with pytest.raises(ValueError, match="fa, en"):
        set_language("de")
    assert messages.get_language() == "en"


def test_a_message_renders_in_the_language_of_the_moment():
    message = Message.of("hall {id} still has booths; remove them first", id="H2")
    assert str(message) == "hall H2 still has booths; remove them first"
    set_language("fa")
    assert str(message) == "سالن H2 هنوز غرفه دارد؛ اول غرفه‌های آن را حذف کنید"
    assert message.render("en") == "hall H2 still has booths; remove them first"
    assert message == Message.of("hall {id} still has booths; remove them first", id="H2")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fa_IR.UTF-8"}, "fa"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "fa_IR.UTF-8"}, "en"),
        ({"LANGUAGE": "fa", "LC_ALL": "C"}, "fa"),
        ({"QODS_PLANNER_LANGUAGE": "FA", "LANG": "en_US.UTF-8"}, "fa"),
        ({"QODS_PLANNER_LANGUAGE": "en", "LANG": "fa_IR.UTF-8"}, "en"),
        ({"QODS_PLANNER_LANGUAGE": "xx", "LANG": "fa_IR.UTF-8"}, "fa"),
    ],
)
def test_language_from_environment(environ, expected):
    assert language_from_environment(environ) == expected


@pytest.mark.parametrize(
    ("value", "fa", "en"),
    [
        (0, "۰", "0"),
        (9, "۹", "9"),
        (2000, "۲٬۰۰۰", "2,000"),
        (12.5, "۱۲٫۵", "12.5"),
        (36.0, "۳۶", "36"),
        (1234.567, "۱٬۲۳۴٫۵۷", "1,234.57"),
        (-0.001, "۰", "0"),
        (-5, "\u200e−۵", "-5"),
        (Decimal("7.50"), "۷٫۵", "7.5"),
    ],
)
def test_format_number(value, fa, en):
    assert format_number(value, "fa") == fa
    assert format_number(value, "en") == en


def test_format_number_refuses_what_is_not_a_quantity():
    for not_a_number in ("12", True, None):
        with pytest.raises(TypeError):
            format_number(not_a_number, "fa")


def test_format_area_m2():
    assert format_area_m2(18, "fa") == "۱۸ متر مربع"
    assert format_area_m2(13.5, "en") == "13.5 m²"
    assert format_area_m2(13.25, "en", decimals=2) == "13.25 m²"


def test_join_writes_lists_the_way_each_language_does():
    assert join(["A1", "A2", "A3"]) == "A1, A2, A3"
    assert join(["x", "y"], "and") == "x and y"
    assert join(["a", "b"], "semicolon", "fa") == "a؛ b"
    set_language("fa")
    assert join(["A1", "A2"]) == "A1، A2"
    assert join(["x", "y"], "or") == "x یا y"
    assert join([]) == ""


def test_to_persian_digits_converts_every_digit():
    assert to_persian_digits("0123456789") == "۰۱۲۳۴۵۶۷۸۹"


def _tr_keys_in(package: Path, root: Path = ROOT):
    """(file, line, key) of every `tr("literal", ...)` call in the core and the solver."""
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            if name in ("tr", "of") and isinstance(first, ast.Constant):
                if name == "of" and not (
                    isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "Message"
                ):
                    continue
                yield path.relative_to(root), node.lineno, first.value


def test_the_scanner_finds_routed_messages(tmp_path):
    (tmp_path / "m.py").write_text(
        "from qods_planner.messages import Message, tr\n"
        'a = tr("first {n}", n=1)\n'
        'b = Message.of("second")\n'
        'c = self.tr("third") if False else tr(name)\n'
    )
    found = [(line, key) for _, line, key in _tr_keys_in(tmp_path, tmp_path)]
    assert found[:2] == [(2, "first {n}"), (3, "second")]
    assert len(found) == 3  # self.tr("...") also counts: the core has no Qt tr of its own


def test_every_message_the_core_routes_has_a_persian_translation():
    missing = [
        f"{path}:{line}: {key!r}"
        for package in ("qods_planner", "solver")
        if (ROOT / package).is_dir()
        for path, line, key in _tr_keys_in(ROOT / package)
        if key not in FA
    ]
    assert not missing, "add these to qods_planner/messages/fa.py:\n" + "\n".join(missing)
