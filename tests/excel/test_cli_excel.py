"""`qods-planner template`, `import-exhibitors` and `import-booths` from the command line."""

from __future__ import annotations

import hashlib

from openpyxl import load_workbook

from qods_planner.cli.main import main
from qods_planner.excel import preview, read_exhibitors
from qods_planner.files import load_project, save_project

from .conftest import FIXTURES, build_project


def _project_file(tmp_path):
    path = tmp_path / "fair.qods.json"
    save_project(build_project(), path)
    return path


def test_template_has_columns_dropdowns_and_an_example_row(tmp_path, capsys):
    project = _project_file(tmp_path)
    out = tmp_path / "registration.xlsx"
    assert main(["template", str(out), "--project", str(project)]) == 0
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.sheet_view.rightToLeft
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["شناسه", "نام شرکت", "نام انگلیسی", "رسته", "متراژ"]
    assert ws.freeze_panes == "A2"
    sector_col = headers.index("رسته") + 1
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    sector_dv = next(dv for dv in lists if f"{chr(64 + sector_col)}2" in str(dv.sqref))
    found = preview(out, load_project(project))
    assert found.sector_source == sector_dv.formula1
    assert found.sector_values == (
        "قطعات خودرو",
        "فلزات پایه",
        "مواد غذایی",
        "شیمیایی",
        "دانش‌بنیان",
    )
    assert ws.cell(2, 2).value.startswith("شرکت نمونه")  # the example row
    # An untouched template imports nothing and complains about nothing.
    result = read_exhibitors(out, load_project(project))
    assert result.ok and result.rows == []
    assert [i.message for i in result.fixes] == ["skipped the template's example row"]
    assert main(["template", str(out)]) == 2  # never overwrites without --force
    assert "exists already" in capsys.readouterr().err


def test_filled_template_imports_from_the_command_line(tmp_path, capsys):
    project = _project_file(tmp_path)
    book = tmp_path / "registration.xlsx"
    main(["template", str(book), "--project", str(project), "--output-language", "en"])
    wb = load_workbook(book)
    ws = wb.worksheets[0]
    col = {c.value: c.column for c in ws[1]}
    ws.cell(3, col["Company"], "ماشین‌سازی اراک")
    ws.cell(3, col["Sector"], "Basic metals")
    ws.cell(3, col["Area"], "۲۴ متر")
    ws.cell(3, col["Phone"], 9350001122)
    ws.cell(3, col["Registration date"], "1405/06/01")
    wb.save(book)
    out = tmp_path / "after.qods.json"
    assert main(["import-exhibitors", str(project), str(book), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 new, 0 changed" in printed and "restored the leading zero" in printed
    after = load_project(out)
    (new,) = [e for e in after.exhibitors.values() if e.name_fa == "ماشین‌سازی اراک"]
    assert (new.sector_id, new.requested_m2, new.phone) == ("metal", 24, "09350001122")
    assert new.registered_on == "2026-08-23"


def test_problems_block_the_import_unless_valid_rows_only(tmp_path, capsys):
    project = _project_file(tmp_path)
    bad = FIXTURES / "registrations-bad.xlsx"
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    before = project.read_bytes()
    assert main(["import-exhibitors", str(project), str(bad)]) == 1
    printed = capsys.readouterr().out
    assert "problem  Registrations!C4: unknown sector 'Automotive part'" in printed
    assert "nothing imported" in printed
    assert project.read_bytes() == before
    assert main(["import-exhibitors", str(project), str(bad), "--valid-rows-only"]) == 0
    after = load_project(project)
    assert {"n1", "n17"} <= set(after.exhibitors) and "n2" not in after.exhibitors
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_import_booths_and_dry_run(tmp_path, capsys):
    project = _project_file(tmp_path)
    before = project.read_bytes()
    assert (
        main(
            [
                "import-booths",
                str(project),
                str(FIXTURES / "booths.xlsx"),
                "--valid-rows-only",
                "--dry-run",
            ]
        )
        == 0
    )
    assert "3 new booths" in capsys.readouterr().out
    assert project.read_bytes() == before
    assert main(["import-booths", str(project), str(FIXTURES / "booths.xlsx")]) == 1


def test_bad_arguments_are_one_line_errors(tmp_path, capsys):
    project = _project_file(tmp_path)
    assert main(["import-exhibitors", str(project), str(tmp_path / "missing.xlsx")]) == 2
    assert "no such workbook" in capsys.readouterr().err
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    assert main(["import-exhibitors", str(project), str(notes)]) == 2
    assert "not a readable .xlsx" in capsys.readouterr().err
    assert (
        main(
            [
                "import-exhibitors",
                str(project),
                str(FIXTURES / "registrations-bad.xlsx"),
                "--sheet",
                "Registrations",
                "--header-row",
                "1",
            ]
        )
        == 2
    )
    assert "no known column names in row 1" in capsys.readouterr().err


def test_import_plan_applies_the_edits_of_an_exported_workbook(tmp_path, capsys):
    from qods_planner.excel import export_workbook

    project = _project_file(tmp_path)
    book = tmp_path / "plan.xlsx"
    export_workbook(load_project(project), book)
    assert main(["import-plan", str(project), str(book)]) == 0
    assert "no edits found" in capsys.readouterr().out
    wb = load_workbook(book)
    ws = wb.worksheets[0]
    ws.cell(3, 5, "A-7")  # e2: A-5 → A-7
    wb.save(book)
    assert main(["import-plan", str(project), str(book)]) == 0
    assert "moved    e2: A-5 → A-7" in capsys.readouterr().out
    assert load_project(project).plan.stands["e2"] == ("a7",)
    ws.cell(3, 5, "Z-9")
    wb.save(book)
    assert main(["import-plan", str(project), str(book)]) == 1
    assert "no booth labelled 'Z-9'" in capsys.readouterr().out
