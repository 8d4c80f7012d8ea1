"""The command line speaks Persian: check, generate, help and errors, and the --language option."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.builders import TinyProject
from helpers.routed_messages import _english_environment  # noqa: F401 (an autouse fixture)

from qods_planner.cli.command_error import UserError
from qods_planner.cli.main import main, take_language
from qods_planner.files import save_project
from qods_planner.model import Wishes

# -- the command line -------------------------------------------------------------------------


def clash_file(tmp_path) -> Path:
    """A project whose plan breaks the competitor rule (as in test_cli_check)."""
    b = TinyProject()
    b.row("A", 4, x=600, y=0)
    b.exhibitor("e1", wishes=Wishes(corner=True), competitors=("e2",))
    b.exhibitor("e2")
    b.exhibitor("e3")
    b.place(e1=["A2"], e2=["A3"])
    path = tmp_path / "fair.json"
    save_project(b.project, path)
    return path


PERSIAN_CHECK = [
    "قاعدهٔ نقض‌شده competitors_adjacent: رقیبان شرکت e1 (e1) و شرکت e2 (e2) همسایهٔ هم"
    " شده‌اند: A2 و A3 کنار هم هستند",
    "هشدار waitlisted (کسر ۵٬۰۰۰ امتیاز): شرکت e3 (e3) در فهرست انتظار است (اولویت: عادی)",
    "هشدار wish_corner_unmet (کسر ۸ امتیاز): شرکت e1 (e1) غرفهٔ نبش خواسته بود، اما غرفهٔ"
    " یک‌بر A2 به او رسیده است",
    "امتیاز \u200e−۴٬۹۸۰ (هم‌رسته +۲۰، فهرست انتظار \u200e−۵٬۰۰۰)؛ ۲ غرفه‌دار، ۱ در فهرست"
    " انتظار؛ ۱ قاعدهٔ نقض‌شده، ۲ هشدار",
]


def test_check_in_persian_with_the_language_option(tmp_path, capsys):
    path = clash_file(tmp_path)
    assert main(["check", str(path)]) == 1
    english = capsys.readouterr().out.splitlines()
    assert english[0].startswith("HARD competitors_adjacent: competitors Company e1 (e1)")
    assert main(["--language", "fa", "check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == PERSIAN_CHECK


def test_check_in_persian_from_the_locale(tmp_path, capsys, monkeypatch):
    path = clash_file(tmp_path)
    monkeypatch.setenv("LANG", "fa_IR.UTF-8")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == PERSIAN_CHECK
    assert main(["--language=en", "check", str(path)]) == 1  # the option wins
    assert capsys.readouterr().out.splitlines()[-1].startswith("score -4980 (same_sector +20")


def test_check_json_in_persian_keeps_keys_and_ids(tmp_path, capsys):
    path = clash_file(tmp_path)
    assert main(["--language", "fa", "check", str(path), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    first = doc["violations"][0]
    assert first["rule"] == "competitors_adjacent" and first["booths"] == ["A2", "A3"]
    assert first["message"] == PERSIAN_CHECK[0].partition(": ")[2]
    assert doc["score"]["total"] == -4980 and doc["waitlisted"] == 1  # numbers stay numbers


def test_a_damaged_file_in_persian(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text("{ this is not json", encoding="utf-8")
    assert main(["--language", "fa", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"qods-planner check: {path}: سطر ۱، ستون ۳: JSON معتبر نیست:")
    assert "Traceback" not in err


def test_a_missing_file_in_persian(tmp_path, capsys):
    assert main(["--language", "fa", "check", str(tmp_path / "nope.json")]) == 2
    assert "چنین فایل پروژه‌ای وجود ندارد:" in capsys.readouterr().err


def test_help_in_persian(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--language", "fa", "check", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("طرز استفاده: qods-planner check")
    assert "فایل پروژه (.json)" in out and "--json" in out and "گزینه‌ها:" in out


def test_the_language_option_is_documented(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--language {fa,en}" in out and "$QODS_PLANNER_LANGUAGE" in out


def test_argument_errors_in_persian(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--language", "fa", "generate", "-e", "x", "-o", str(tmp_path / "g.json")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "qods-planner generate: خطا: آرگومان --exhibitors/-e: exhibitors باید عدد صحیح" in err


def test_generate_in_persian(tmp_path, capsys):
    out = tmp_path / "g.qods.json"
    assert main(["--language", "fa", "generate", "-e", "12", "--seed", "7", "-o", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{out} نوشته شد: ۱ سالن،") and "۱۲ مشارکت‌کننده" in line
    assert line.endswith("(شدنی از روی ساخت، بذر تصادفی 7)")  # the seed is typed back: ASCII
    assert main(["--language", "fa", "generate", "-e", "12", "-o", str(out)]) == 2
    assert "از قبل وجود دارد" in capsys.readouterr().err


def test_an_unknown_language_is_refused(capsys):
    assert main(["--language", "de", "check", "x.json"]) == 2
    assert "--language must be one of fa, en, got 'de'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "language", "rest"),
    [
        ([], None, []),
        (["check", "f.json"], None, ["check", "f.json"]),
        (["--language", "fa", "check", "f.json"], "fa", ["check", "f.json"]),
        (["--language=en", "-h"], "en", ["-h"]),
        (["-h", "--language", "fa"], "fa", ["-h"]),
        # an option after the command belongs to the command, not to the dispatcher
        (
            ["template", "b.xlsx", "--language", "en"],
            None,
            ["template", "b.xlsx", "--language", "en"],
        ),
    ],
)
def test_take_language(argv, language, rest):
    assert take_language(argv) == (language, rest)


@pytest.mark.parametrize("argv", [["--language"], ["--language", "xx"], ["--language="]])
def test_take_language_refuses(argv):
    with pytest.raises(UserError):
        take_language(argv)


@pytest.mark.parametrize(
    ("argv", "persian", "english"),
    [
        (["solve"], "این آرگومان‌ها لازم‌اند: PROJECT", "the following arguments are required"),
        (
            ["generate", "--tight", "nope", "-o", "x.json"],
            "آرگومان --tight: گزینه نامعتبر: 'nope' (یکی از این‌ها را انتخاب کنید: 'clique',",
            "argument --tight: invalid choice: 'nope' (choose from 'clique',",
        ),
        (["generate", "-e"], "آرگومان --exhibitors/-e: یک مقدار لازم است", "expected one argument"),
        (["check", "a.json", "b", "c"], "آرگومان‌های ناشناخته: b c", "unrecognized arguments: b c"),
    ],
)
def test_argparse_own_errors_in_persian(argv, persian, english, capsys):
    """argparse's own details too, not only its frame; English stays argparse's text."""
    for language, expected in (("fa", persian), ("en", english)):
        with pytest.raises(SystemExit) as exc:
            main(["--language", language, *argv])
        assert exc.value.code == 2
        assert expected in capsys.readouterr().err
