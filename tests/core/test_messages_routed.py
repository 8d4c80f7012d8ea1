"""The core and the command line speak Persian: the same facts as in English, in Persian words.

English output is pinned word for word (it must not change when messages are routed); Persian
output names the same booths (labels as given), exhibitors (Persian name and id) and JSON paths.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from helpers.builders import TinyProject, plan_of
from helpers.fair_order_scenario import FAIR_ORDER_RULES

from qods_planner import messages
from qods_planner.cli.command_error import UserError
from qods_planner.cli.main import main, take_language
from qods_planner.files import ProjectFileError, load_project, save_project
from qods_planner.messages import set_language
from qods_planner.model import (
    Booth,
    BoothStatus,
    Entrance,
    Exhibitor,
    Hall,
    ModelError,
    Needs,
    Plan,
    PriorityTier,
    Rect,
    Side,
    Wishes,
    project_problems,
)
from qods_planner.validation import RULES, check

ROOT = Path(__file__).resolve().parents[2]
PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
LOCALE_VARIABLES = ("QODS_PLANNER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch):
    """Each test starts in English whatever the machine's locale, and ends in English."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")


# -- the validator ---------------------------------------------------------------------------


def everything_broken():
    """A project, a plan breaking every rule of `RULES` at least once, and the plan it was
    re-solved from (which locks e15)."""
    b = TinyProject()
    b.row("A", 4, x=600, y=0)
    b.row("B", 4, x=600, y=600)
    b.row("C", 4, x=600, y=900)
    b.booth("I1", 2400, 1500)
    b.booth("P1", 0, 1700, status=BoothStatus.BLOCKED)
    b.booth("R1", 300, 1700, status=BoothStatus.RESERVED)
    b.hall("H2", x=4000, width=2000)
    b.row("D", 6, x=4000, y=0, hall="H2")
    b.row("F", 3, x=4600, y=1200, hall="H2")
    b.exhibitor("e1", wishes=Wishes(corner=True), competitors=("e2",))
    b.exhibitor("e2")
    b.exhibitor("e3", withdrawn=True)
    b.exhibitor("e4", needs=Needs(power=True, water=True))
    b.exhibitor("e5")
    b.exhibitor("e6")
    b.exhibitor("e7", pinned=("A4",), priority=PriorityTier.SPONSOR)
    b.exhibitor("e8", wishes=Wishes(preferred_hall="H2", hall_required=True))
    b.exhibitor("e9", m2=18, min_m2=9)
    b.exhibitor("e10", m2=18, min_m2=9)
    b.exhibitor("e11", m2=30, max_m2=40)
    for eid in ("e12", "e13", "e14", "e15"):
        b.exhibitor(eid)
    b.exhibitor("e16", wishes=Wishes(island=True))
    b.exhibitor("e17", wishes=Wishes(preferred_hall="H2"))
    b.exhibitor("e18", partners=("e19",))
    b.exhibitor("e19")
    b.exhibitor("e20", sector="food", m2=9, max_m2=30)
    b.exhibitor("e21", sector="food")
    b.exhibitor("e22")
    plan = plan_of(
        e1=["A2"],
        e2=["A3"],
        e3=["C1"],
        e4=["B1"],
        e5=["P1"],
        e6=["R1"],
        e8=["C2"],
        e9=["C3", "I1"],
        e10=["C4", "D1"],
        e11=["A1"],
        e12=["B4"],
        e13=["B4"],
        e14=["Z9"],
        ghost=["D2"],
        e15=["D3"],
        e16=["D4"],
        e17=["B2"],
        e18=["D5"],
        e19=["F3"],
        e20=["F1", "F2"],
        e21=["B3"],
        e22=["D6"],
    )
    previous = Plan(dict(plan.stands) | {"e15": ("D6",), "e22": ("D3",)}, frozenset({"e15"}))
    return b.project, plan, previous


# What the validator said before its messages were routed through tr(): word for word.
ENGLISH = [
    "the plan gives booths D2 to exhibitor 'ghost', who is not in the project",
    "Company e3 (e3) has withdrawn but still holds booths C1",
    "the stand of Company e14 (e14) uses booths that do not exist: 'Z9'",
    "booth B4 is given to Company e12 (e12) and Company e13 (e13)",
    "the stand of Company e10 (e10) (C4, D1) spans halls H1, H2",
    "the booths of Company e9 (e9) (C3, I1) are not a straight run of adjacent booths in one row",
    "the stand of Company e11 (e11) (A1) is 9 m²; it accepts 30–40 m²",
    "Company e4 (e4) needs services its booths lack: B1 lacks power, water",
    "Company e5 (e5) is given blocked booth(s) P1",
    "Company e6 (e6) is given reserved booth(s) R1, which are kept for the exhibitor pinned there",
    "Company e7 (e7) is pinned to A4 but is waitlisted",
    "Company e15 (e15) is locked on D6 but now holds D3",
    "Company e8 (e8) requires hall H2 but is given C2 in hall H1",
    "competitors Company e1 (e1) and Company e2 (e2) are neighbours: A2 and A3 are side by side",
    "Company e7 (e7) is waitlisted (sponsor tier)",
    "Company e1 (e1) wished a corner but has the inline stand A2",
    "Company e16 (e16) wished an island but has the inline stand D4",
    "Company e17 (e17) prefers hall H2 but has B2 in hall H1",
    "partners Company e18 (e18) (D5) and Company e19 (e19) (F3) are not neighbours",
    "Company e13 (e13) at B4 has no Automotive parts neighbour, though 10 other Automotive"
    " parts exhibitors stand in hall H1",
    "Company e19 (e19) at F3 has no Automotive parts neighbour, though 4 other Automotive parts"
    " exhibitors stand in hall H2",
    "Company e20 (e20) asked for 9 m² but F1, F2 cover 18 m² (9 m² more)",
    "Company e15 (e15) held D6 in the baseline plan and now holds D3",
    "Company e22 (e22) held D3 in the baseline plan and now holds D6",
]


def test_the_scenario_breaks_every_rule():
    project, plan, previous = everything_broken()
    found = {v.rule for v in check(project, plan, previous).violations}
    assert found == set(RULES) - FAIR_ORDER_RULES  # those: test_messages_fair_order.py


def test_english_validator_messages_are_unchanged():
    project, plan, previous = everything_broken()
    assert [v.message for v in check(project, plan, previous).violations] == ENGLISH


def _identifiers(text: str) -> str:
    """`text` without what stays as given in every language: booth labels and ids, exhibitor
    ids (and the Latin part of the test's Persian names), hall ids."""
    return re.sub(r"'?\b(?:[A-Z]\d+|e\d+|ghost)\b'?", "", text)


def test_persian_validator_messages_name_the_same_booths_and_exhibitors():
    project, plan, previous = everything_broken()
    english = check(project, plan, previous)
    set_language("fa")
    persian = check(project, plan, previous)
    assert [(v.rule, v.exhibitors, v.booths, v.points) for v in persian.violations] == [
        (v.rule, v.exhibitors, v.booths, v.points) for v in english.violations
    ]
    assert persian.score == english.score
    for fa, en in zip(persian.violations, english.violations, strict=True):
        assert fa.message != en.message and PERSIAN_LETTER.search(fa.message), fa.message
        for bid in fa.booths:
            booth = project.booths.get(bid)
            assert (booth.label if booth else repr(bid)) in fa.message, (bid, fa.message)
        for eid in fa.exhibitors:
            if eid in project.exhibitors:
                assert f"شرکت {eid} ({eid})" in fa.message  # the Persian name, then the id
            else:
                assert repr(eid) in fa.message
        rest = _identifiers(fa.message)
        assert not re.search("[A-Za-z]", rest), f"English words left in {fa.message!r}"
        assert not re.search("[0-9]", rest), f"quantities need Persian digits: {fa.message!r}"


def test_persian_quantities_and_lists():
    project, plan, previous = everything_broken()
    set_language("fa")
    report = check(project, plan, previous)
    area = report.by_rule("area_outside_range")[0].message
    assert "۹ متر مربع" in area and "۳۰ تا ۴۰ متر مربع" in area
    assert "C4، D1" in report.by_rule("stand_spans_halls")[0].message  # the Persian comma
    assert "B1 برق، آب ندارد" in report.by_rule("need_not_met")[0].message
    assert "(اولویت: حامی)" in report.by_rule("waitlisted")[0].message
    assert "قطعات خودرو" in report.by_rule("sector_isolated")[0].message  # the sector in Persian


# -- whole-project problems and files ---------------------------------------------------------


def test_integrity_problems_in_persian_keep_their_identity():
    project, plan, _ = everything_broken()
    project.set_plan(plan)
    english = project_problems(project)
    set_language("fa")
    persian = project_problems(project)
    assert [str(p) for p in persian] == [
        "نقشه چیدمان: به مشارکت‌کننده e14 غرفه‌ای ناشناخته داده است: 'Z9'",
        "نقشه چیدمان: به مشارکت‌کننده‌ای ناشناخته غرفه داده است: 'ghost'",
    ]
    assert [(p.entity, p.key, p.attribute) for p in persian] == [
        (p.entity, p.key, p.attribute) for p in english
    ]


@pytest.fixture
def good_file(tmp_path) -> Path:
    b = TinyProject()
    b.booth("b1", 0, 0, label="A-1")
    b.booth("b2", 300, 0, label="A-2")
    b.exhibitor("e1")
    path = tmp_path / "fair.qods.json"
    save_project(b.project, path)
    return path


def _edit(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_broken_project_file_in_persian_keeps_json_paths(good_file):
    _edit(good_file, lambda d: d["booths"][1]["rect"].update(x=150))  # b2 overlaps b1
    set_language("fa")
    with pytest.raises(ProjectFileError) as info:
        load_project(good_file)
    assert info.value.where == "booths[b1].rect"
    assert info.value.message == "غرفه A-1 با غرفه A-2 هم‌پوشانی دارد"


def test_schema_problems_in_persian(good_file):
    def break_two(d):
        d["booths"][0]["rect"]["w"] = 0
        d["booths"][1]["status"] = "sold"

    _edit(good_file, break_two)
    set_language("fa")
    with pytest.raises(ProjectFileError) as info:
        load_project(good_file)
    text = str(info.value)
    assert f"{good_file}: ۲ مشکل:" in text
    assert "  - booths[b1].rect.w: باید ≥ ۱ باشد؛ مقدار داده‌شده: 0" in text
    assert "  - booths[b2].status: باید یکی از available, blocked, reserved باشد" in text


# -- the model --------------------------------------------------------------------------------

R = Rect(0, 0, 300, 300)


@pytest.mark.parametrize(
    ("build", "persian"),
    [
        (
            lambda: Booth("b1", "A-12", "H1", Rect(0, 0, 50, 1200)),
            "ابعاد غرفه A-12 ۵۰ × ۱٬۲۰۰ سانتی‌متر است؛ هر ضلع باید دست‌کم ۱۰۰ سانتی‌متر باشد",
        ),
        (
            lambda: Exhibitor("E-1", "x", "", "auto", 12.5, 9, 10),
            "مساحت‌های مشارکت‌کننده E-1 باید به ترتیب کمینه ≤ درخواستی ≤ بیشینه باشند؛"
            " مقدار داده‌شده: ۹ ≤ ۱۲٫۵ ≤ ۱۰ متر مربع",
        ),
        (
            lambda: Exhibitor("E-1", " ", "", "auto", 9, 9, 9),
            "نام فارسی مشارکت‌کننده E-1 نباید خالی باشد",
        ),
        (
            lambda: Exhibitor("E-1", "x", "", "auto", 9, 9, 9, partners=("E 2",)),
            "شناسه شرکای مشارکت‌کننده E-1 باید از حروف لاتین، رقم، '_'، '-' یا '.' ساخته شود"
            " و با حرف یا رقم شروع شود؛ مقدار داده‌شده: 'E 2'",
        ),
        (
            lambda: Hall(
                "H1", "سالن", "Hall", Rect(0, 0, 1000, 800), (Entrance(Side.LEFT, 600, 300),)
            ),
            "سالن H1: ورودی ضلع چپ از گوشهٔ سالن بیرون زده است (۶۰۰ + ۳۰۰ سانتی‌متر > ۸۰۰ سانتی‌متر)",
        ),
        (
            lambda: Plan({}, frozenset({"E-1"})),
            "نقشه چیدمان مشارکت‌کننده E-1 را قفل کرده است، اما او غرفه‌ای ندارد",
        ),
    ],
)
def test_model_errors_in_persian(build, persian):
    with pytest.raises(ModelError) as english:
        build()
    set_language("fa")
    with pytest.raises(ModelError) as info:
        build()
    assert info.value.message == persian
    assert info.value.message != english.value.message


def test_a_valid_entity_renders_no_message(monkeypatch):
    """Field names are rendered only when a check fails: entities are built by the thousand."""
    calls = []
    monkeypatch.setattr(messages, "render", lambda *a: calls.append(a) or "")
    Exhibitor("E-1", "x", "", "auto", 9, 9, 18, competitors=("E-2",), registered_on="2026-09-01")
    Booth("b1", "A-1", "H1", R)
    assert calls == []


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


# -- nothing left unrouted --------------------------------------------------------------------

ROUTED = [
    "qods_planner/model",
    "qods_planner/layout",
    "qods_planner/validation",
    "qods_planner/files",
    "qods_planner/generate",
    "qods_planner/default_sectors.py",
    "qods_planner/cli/cmd_check.py",
    "qods_planner/cli/cmd_generate.py",
    "qods_planner/cli/main.py",
]
ERRORS = {"ModelError", "ProjectFileError", "UserError", "ValueError", "ArgumentTypeError"}
# Errors that only a programming mistake can raise, never a user: they stay English.
PROGRAMMING_ERRORS = {
    ("qods_planner/validation/validation_report.py", "unknown rule id"),
    ("qods_planner/validation/validation_report.py", "rule "),
    ("qods_planner/generate/halls.py", "a hall needs at least one booth"),
    ("qods_planner/generate/generated_venue.py", " booths cannot be shared by "),
    ("qods_planner/generate/hidden_stands.py", "more runs than exhibitors"),
    ("qods_planner/generate/pipeline.py", "sector counts add up to"),
    ("qods_planner/generate/people.py", " sector places for "),
}


def _literal_messages(path: Path):
    """(line, text) of every `raise SomeError("…" or f"…")` in `path`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        args = node.exc.args
        if name in ERRORS and args and isinstance(args[0], ast.JoinedStr | ast.Constant):
            yield node.lineno, ast.unparse(args[0])


def test_every_user_message_of_the_routed_modules_goes_through_tr():
    files = []
    for place in ROUTED:
        path = ROOT / place
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    unrouted = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in files
        for line, text in _literal_messages(path)
        if not any(
            str(path.relative_to(ROOT)) == where and snippet in text
            for where, snippet in PROGRAMMING_ERRORS
        )
    ]
    assert not unrouted, "route these through qods_planner.messages.tr:\n" + "\n".join(unrouted)


# -- one normaliser ---------------------------------------------------------------------------

# Where Persian text may be re-encoded by hand: the normaliser, and the digits of messages.
NORMALISER_HOMES = ("qods_planner/text/", "qods_planner/messages/digits.py")
ARABIC_FORMS = set("يكى") | {chr(0x0660 + i) for i in range(10)}  # ي ك ى and ٠–٩


def _hand_normalisation(path: Path):
    """(line, what) of string work that only `qods_planner.text` should do: literal Arabic
    ي/ك/ى or Arabic-Indic digits in code, a table of Persian digits, a `.replace` of ZWNJ."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            if ARABIC_FORMS & set(node.value) or "۰۱۲۳۴۵۶۷۸۹" in node.value:
                yield node.lineno, repr(node.value[:30])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and "\u200c" in str(node.args[0].value)
        ):
            yield node.lineno, "replace of ZWNJ"


def test_names_are_compared_through_the_one_normaliser():
    """Search, duplicate detection, imports and pickers use `qods_planner.text.normalise_key`;
    nobody maps Arabic ي/ك, Arabic-Indic digits or ZWNJ by hand elsewhere."""
    found = [
        f"{rel}:{line}: {what}"
        for package in ("qods_planner", "solver", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        if not (rel := path.relative_to(ROOT).as_posix()).startswith(NORMALISER_HOMES)
        for line, what in _hand_normalisation(path)
    ]
    assert not found, "use qods_planner.text (normalise, normalise_key):\n" + "\n".join(found)
