"""Imports, the template and the import commands in Persian: the same cells, ids and booth
labels as in English, said in Persian words with Persian digits for quantities; English pinned
word for word; nothing in the Excel rooms left unrouted."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qods_planner.cli.main import main
from qods_planner.excel import ImportBlocked, read_booths, read_exhibitors
from qods_planner.files import save_project
from qods_planner.messages import set_language

from .conftest import FIXTURES, build_project

ROOT = Path(__file__).resolve().parents[2]
BAD = FIXTURES / "registrations-bad.xlsx"
PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
LOCALE_VARIABLES = ("QODS_PLANNER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _english_around_each_test(monkeypatch):
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")


def _in(language, read, *args):
    set_language(language)
    try:
        return read(*args)
    finally:
        set_language("en")


def _project_file(tmp_path):
    path = tmp_path / "fair.qods.json"
    save_project(build_project(), path)
    return path


# -- the known-bad registrations --------------------------------------------------------------


def test_the_bad_sheet_in_persian_names_the_same_cells_in_persian_words(project):
    english = read_exhibitors(BAD, project)
    persian = _in("fa", read_exhibitors, BAD, project)
    expected = json.loads((FIXTURES / "registrations-bad.expected.json").read_text("utf-8"))
    assert [(i.cell, i.field) for i in persian.problems] == [
        (i.cell, i.field) for i in english.problems
    ]
    assert sorted((i.cell, i.field) for i in persian.problems) == sorted(
        (e["cell"], e["field"]) for e in expected
    )
    assert [(i.cell, i.raw) for i in persian.fixes] == [(i.cell, i.raw) for i in english.fixes]
    for fa, en in zip(
        persian.problems + persian.fixes, english.problems + english.fixes, strict=True
    ):
        assert PERSIAN_LETTER.search(fa.message), fa.message
        assert fa.message != en.message
        if en.suggestion:
            assert PERSIAN_LETTER.search(fa.suggestion) and fa.suggestion != en.suggestion
        assert not re.search("[a-zA-Z]{4,}", _without_quoted(fa.message)), fa.message
    assert persian.error_rows == english.error_rows
    assert [r.exhibitor for r in persian.rows] == [r.exhibitor for r in english.rows]


def _without_quoted(text: str) -> str:
    """The words of a message, less what it quotes from the cell or names as an identifier."""
    return re.sub(r"'[^']*'|\S*[!/]\S*|[A-Z]-\d+", "", text)


def test_persian_messages_word_for_word(project):
    by_cell = {i.cell: i for i in _in("fa", read_exhibitors, BAD, project).problems}
    assert by_cell["Registrations!C4"].message == "رستهٔ ناشناختهٔ 'Automotive part'"
    assert (
        by_cell["Registrations!C4"].suggestion == "منظورتان 'قطعات خودرو' (Automotive parts) است؟"
    )
    # quantities in Persian digits; the phone number and the cell's value as written
    assert by_cell["Registrations!D6"].message == (
        "متراژ درخواستی باید دست‌کم ۱ و حداکثر ۱۰٬۰۰۰ متر مربع باشد"
    )
    assert (
        by_cell["Registrations!J7"].message == "شماره تلفن 12345 دارای ۵ رقم است"
    )  # two numbers never side by side
    assert by_cell["Registrations!E15"].message == (
        "حداقل متراژ (۱۲ متر مربع) بیشتر از متراژ درخواستی (۹ متر مربع) است"
    )
    assert by_cell["Registrations!E15"].suggestion == "حداکثر ۹ بنویسید"
    # booth labels and cell references stay as Excel shows them
    assert by_cell["Registrations!L14"].message == "غرفه‌ای با شمارهٔ 'Z-99' نیست"
    assert _in("fa", str, by_cell["Registrations!F9"]) == (
        "Registrations!F9: برق باید «بله» یا «خیر» باشد (مقدار خانه: 'maybe')؛"
        " پیشنهاد: «بله» یا «خیر» بنویسید"
    )


def test_english_messages_are_unchanged(project):
    by_cell = {str(i.cell): str(i) for i in read_exhibitors(BAD, project).problems}
    assert by_cell["Registrations!D6"] == (
        "Registrations!D6: requested area must be at least 1 and at most 10,000 m² (cell holds"
        " 0); suggestion: write the area in square metres, e.g. 18"
    )
    assert by_cell["Registrations!J7"] == (
        "Registrations!J7: phone number 12345 has 5 digits (cell holds 12345); suggestion: write"
        " 11 digits with the leading zero (09121234567, 02146001234) or an 8-digit local number"
    )
    assert by_cell["Registrations!E15"] == (
        "Registrations!E15: the smallest area 12 m² is more than the requested 9 m² (cell holds"
        " 12); suggestion: write at most 9"
    )
    assert by_cell["Registrations!B11"] == (
        "Registrations!B11: the company name is missing; suggestion: write the company's name"
    )


def test_the_booth_sheet_in_persian(project):
    english = read_booths(FIXTURES / "booths.xlsx", project)
    persian = _in("fa", read_booths, FIXTURES / "booths.xlsx", project)
    assert [i.cell for i in persian.problems] == [i.cell for i in english.problems]
    messages = {i.cell: i.message for i in persian.problems}
    assert messages["Booths!C7"] == "غرفه از محدودهٔ سالن ۱ (۳۰ × ۲۰ متر) بیرون زده است"
    assert messages["Booths!C10"] == "غرفه D-9 با ردیف 2 (D-1) هم‌پوشانی دارد"
    assert messages["Booths!E11"] == "هر ضلع غرفه باید دست‌کم ۱ متر باشد"
    set_language("fa")
    with pytest.raises(ImportBlocked, match="^۷ مشکل در ۷ ردیف؛"):
        persian.booths()


# -- the command line -------------------------------------------------------------------------


def test_template_and_import_exhibitors_speak_persian(tmp_path, capsys):
    project = _project_file(tmp_path)
    book = tmp_path / "registration.xlsx"
    assert main(["--language", "fa", "template", str(book), "--project", str(project)]) == 0
    assert capsys.readouterr().out == f"{book} نوشته شد: ۵ رسته در فهرست بازشو\n"
    ws = load_workbook(book).worksheets[0]
    col = {c.value: c.column for c in ws[1]}
    ws.cell(3, col["نام شرکت"], "ماشین‌سازی اراک")
    ws.cell(3, col["رسته"], "فلزات پایه")
    ws.cell(3, col["متراژ"], "۲۴ متر")
    ws.cell(3, col["تلفن"], 9350001122)
    ws.cell(3, col["اولویت"], "سابقه‌دار")
    ws.parent.save(book)
    assert main(["--language", "fa", "import-exhibitors", str(project), str(book)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "اصلاح   'ثبت‌نام'!2:2: ردیف نمونهٔ فرم کنار گذاشته شد"  # the sheet's name, quoted
        " (مقدار خانه: 'شرکت نمونه (این ردیف را پاک کنید)')"
    )
    assert lines[1] == "اصلاح   'ثبت‌نام'!E3: '24 متر' به صورت ۲۴ خوانده شد (مقدار خانه: '۲۴ متر')"
    assert "صفر اول 9350001122 برگردانده شد" in lines[2]
    assert re.fullmatch(r"تازه     ex-\d+  ماشین‌سازی اراک", lines[3])
    assert lines[4] == "۱ تازه، ۰ تغییرکرده، ۰ بدون تغییر، ۶ نیامده در برگه؛ ۰ ردیف کنار گذاشته شد"
    assert lines[5] == f"{project} نوشته شد"


def test_import_exhibitors_problems_and_changes_in_persian(tmp_path, capsys):
    project = _project_file(tmp_path)
    assert main(["--language", "fa", "import-exhibitors", str(project), str(BAD)]) == 1
    out = capsys.readouterr().out
    assert "مشکل    Registrations!C4: رستهٔ ناشناختهٔ 'Automotive part'" in out
    assert out.splitlines()[-1] == (
        "۱۷ مشکل: چیزی وارد نشد. فایل اکسل را درست کنید، یا با --valid-rows-only ردیف‌های"
        " بی‌مشکل را وارد کنید."
    )
    messy = FIXTURES / "registrations-messy.xlsx"
    assert main(["--language", "fa", "import-exhibitors", str(project), str(messy)]) == 0
    changed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("تغییر")]
    assert changed, "the messy sheet changes known exhibitors"
    assert any("تاریخ ثبت‌نام: — → ۱۴۰۵/۰۵/۱۲" in line for line in changed), changed


def test_import_plan_in_persian(tmp_path, capsys):
    from qods_planner.excel import export_workbook
    from qods_planner.files import load_project

    project = _project_file(tmp_path)
    book = tmp_path / "plan.xlsx"
    export_workbook(load_project(project), book)
    wb = load_workbook(book)
    ws = wb.worksheets[0]
    ws.cell(3, 5, "A-7")  # e2: A-5 → A-7
    ws.cell(4, 10, "بله")  # e3 locked
    wb.save(book)
    assert main(["--language", "fa", "import-plan", str(project), str(book), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "جابه‌جا  e2: A-5 → A-7",
        "قفل شد  e3",
        "اجرای آزمایشی: چیزی نوشته نشد",
    ]
    ws.cell(3, 5, "Z-9")
    wb.save(book)
    assert main(["--language", "fa", "import-plan", str(project), str(book)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "۱ مشکل: هیچ چیز اعمال نشد."


def test_command_errors_in_persian(tmp_path, capsys):
    project = _project_file(tmp_path)
    missing = tmp_path / "missing.xlsx"
    assert main(["--language", "fa", "import-exhibitors", str(project), str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"qods-planner import-exhibitors: چنین فایل اکسلی وجود ندارد: {missing}\n"
    )
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    assert main(["--language", "fa", "import-booths", str(project), str(notes)]) == 2
    assert "فایل اکسل .xlsx خواندنی نیست" in capsys.readouterr().err
    assert main(["--language", "fa", "template", str(tmp_path / "form.csv")]) == 2
    assert "باید به .xlsx ختم شود" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--language", "fa", "import-plan", "--help"])
    assert "برگهٔ «تخصیص غرفه‌ها»" in capsys.readouterr().out


# -- nothing left unrouted --------------------------------------------------------------------

ROOMS = [
    "qods_planner/excel",
    "qods_planner/text/jalali.py",
    "qods_planner/cli/cmd_template.py",
    *sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "qods_planner" / "cli").glob("cmd_import_*.py")
    ),
]
# Calls whose text argument a person reads.
MESSAGE_CALLS = {
    "CellProblem",
    "ExcelError",
    "UserError",
    "ImportBlocked",
    "DateError",
    "Issue",
    "problem",
    "fixed",
    "print",
}
WORDS = re.compile(r"[A-Za-z]{2,}\W+(?:[A-Za-z]\W+)?[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _unrouted(path: Path):
    """(line, text) of a literal or f-string with English words passed straight to a call that
    shows it to a person."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in MESSAGE_CALLS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ):
                text = ast.unparse(arg)
                if WORDS.search(PLACEHOLDER.sub(" ", text)):
                    yield node.lineno, text


def test_the_scanner_finds_an_unrouted_message(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        'raise CellProblem(f"{what} is not a number", "write a number")\n'
        'self.problem(row, "area", tr("the area is missing"))\n'
        'print(f"{book}: {exc}")\n'
    )
    assert [line for line, _ in _unrouted(source)] == [1, 1]


def test_every_message_of_the_excel_rooms_goes_through_tr():
    files = []
    for place in ROOMS:
        path = ROOT / place
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in files
        for line, text in _unrouted(path)
    ]
    assert not found, "route these through qods_planner.messages.tr:\n" + "\n".join(found)
