"""The import dialog: mapping confirmed and remembered, problems at their cells, valid rows
only, differences shown, one undo step."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog

from ui.excel_import_dialog import (
    MAPPING_KEY,
    SECTORS_KEY,
    ExcelImportDialog,
    run_import,
)

from .conftest import FIXTURES
from .xlsx_surgery import damaged_set


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _book(tmp_path, rows, name="list.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _meaning(dialog, header):
    for r in range(dialog.column_table.rowCount()):
        if dialog.column_table.item(r, 0).text() == header:
            return dialog.column_table.cellWidget(r, 2)
    raise KeyError(header)


def test_bad_sheet_shows_every_problem_and_imports_valid_rows_only(qtbot, project, settings):
    dialog = ExcelImportDialog(project, FIXTURES / "registrations-bad.xlsx", settings)
    qtbot.addWidget(dialog)
    assert dialog.header_row.value() == 2 and dialog.sheet.currentText() == "Registrations"
    assert _meaning(dialog, "Company").currentData() == "name_fa"
    dialog.next.click()
    assert dialog.pages.currentIndex() == 1
    expected = json.loads((FIXTURES / "registrations-bad.expected.json").read_text("utf-8"))
    shown = {
        dialog.problem_table.item(r, 0).text().strip("\u2066\u2069")
        for r in range(dialog.problem_table.rowCount())
        if dialog.problem_table.item(r, 4).text().strip("\u2066\u2069") == "problem"
    }
    assert shown == {e["cell"] for e in expected}
    assert not dialog.next.isEnabled() and not dialog.valid_only.isHidden()
    dialog.valid_only.click()
    assert dialog.pages.currentIndex() == 2
    assert [e.id for e in dialog.to_apply] == ["n1", "n17"]
    dialog.apply.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_mapping_is_confirmed_and_remembered(qtbot, project, settings, tmp_path):
    path = _book(tmp_path, [["Firma", "Branche", "Fläche"], ["Teheran Guss", "Gießerei", 18]])
    dialog = ExcelImportDialog(project, path, settings)
    qtbot.addWidget(dialog)
    assert "No header row" in dialog.mapping_note.text()
    dialog.header_row.setValue(1)
    dialog.header_row.editingFinished.emit()
    assert dialog.sector_table.isHidden()
    for header, key in (("Firma", "name_fa"), ("Branche", "sector"), ("Fläche", "area")):
        combo = _meaning(dialog, header)
        combo.setCurrentIndex(combo.findData(key))
    # Choosing the sector column lists the sheet's sector words to map.
    assert not dialog.sector_table.isHidden()
    assert dialog.sector_table.item(0, 0).text() == "Gießerei"
    sector = dialog.sector_table.cellWidget(0, 1)
    assert sector.currentData() == ""
    dialog.next.click()
    assert [i.cell for i in dialog.report.problems] == ["Sheet1!B2"]  # unknown sector
    dialog.back.click()
    sector.setCurrentIndex(sector.findData("metal"))
    dialog.next.click()
    assert dialog.report.ok and dialog.pages.currentIndex() == 2
    dialog.apply.click()
    assert dialog.to_apply[0].sector_id == "metal"
    # Next time the same sheet is understood at once.
    again = ExcelImportDialog(project, path, settings)
    qtbot.addWidget(again)
    assert dict(again.mapping().columns) == {"name_fa": 1, "sector": 2, "area": 3}
    assert again.sector_table.cellWidget(0, 1).currentData() == "metal"


def test_full_run_with_undo(qtbot, project, settings, tmp_path):
    path = _book(
        tmp_path,
        [
            ["نام شرکت", "رسته", "متراژ"],
            ["ریخته‌گری نو", "فلزات پایه", "۲۴ متر"],
            ["ايران پيستون", "قطعات خودرو", 18],
        ],
    )
    stack = QUndoStack()
    before = dict(project.exhibitors)

    def drive():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExcelImportDialog))
        dialog.next.click()  # check: no problems, corrections shown
        assert dialog.pages.currentIndex() == 1
        dialog.next.click()
        tree = dialog.diff_tree
        titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        assert titles[:2] == ["New (1)", "Changed (1)"]
        changed = tree.topLevelItem(1).child(0)
        assert changed.text(0).startswith("e2")
        fields = {changed.child(i).text(0) for i in range(changed.childCount())}
        assert {"requested_m2", "min_m2", "max_m2"} <= fields
        dialog.apply.click()

    QTimer.singleShot(0, drive)
    assert run_import(None, project, stack, path=path, settings=settings)
    assert stack.count() == 1 and "Import 2 exhibitor" in stack.text(0)
    new = [e for e in project.exhibitors.values() if e.name_fa == "ریخته‌گری نو"]
    assert len(new) == 1 and new[0].requested_m2 == 24 and new[0].sector_id == "metal"
    assert project.exhibitors["e2"].requested_m2 == 18
    stack.undo()
    assert project.exhibitors == before
    stack.redo()
    assert project.exhibitors["e2"].requested_m2 == 18
    remembered = json.loads(settings.value(MAPPING_KEY.format(kind="exhibitors")))
    assert remembered["نامشرکت"] == "name_fa"


def test_sector_words_from_the_drop_down_are_mapped_and_remembered(qtbot, project, settings):
    dialog = ExcelImportDialog(project, FIXTURES / "registrations-messy.xlsx", settings)
    qtbot.addWidget(dialog)
    assert dialog.sector_table.rowCount() == 5
    assert dialog.sector_table.cellWidget(0, 1).currentData() == "auto"
    dialog.next.click()
    assert dialog.report.ok
    dialog.next.click()
    dialog.apply.click()
    words = json.loads(settings.value(SECTORS_KEY))
    assert words["قطعاتخودرو"] == "auto"


def test_booth_sheet_through_the_dialog(qtbot, project, settings):
    from ui.excel_import_dialog import BOOTHS, ImportBoothsCommand

    dialog = ExcelImportDialog(project, FIXTURES / "booths.xlsx", settings, BOOTHS)
    qtbot.addWidget(dialog)
    assert dialog.sector_table.isHidden()
    dialog.next.click()
    assert len(dialog.report.problems) == 7 and dialog.pages.currentIndex() == 1
    dialog.valid_only.click()
    assert dialog.diff_tree.topLevelItem(0).text(0) == "New (3)"
    stack = QUndoStack()
    before = dict(project.booths)
    stack.push(ImportBoothsCommand(project, dialog.to_apply, "import booths"))
    assert len(project.booths) == len(before) + 3
    stack.undo()
    assert project.booths == before


# -- in Persian --------------------------------------------------------------------------------


@pytest.fixture
def persian(qapp):
    from qods_planner.messages import set_language
    from ui.i18n import install_language

    install_language(qapp, "fa")
    yield
    install_language(qapp, "en")
    set_language("en")


def _texts(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_dialog_in_persian(qtbot, project, settings, persian):
    dialog = ExcelImportDialog(project, FIXTURES / "registrations-bad.xlsx", settings)
    qtbot.addWidget(dialog)
    # the meanings are named in the reader's language, whatever the project's
    assert _meaning(dialog, "Company").currentText() == "نام شرکت *"
    dialog.next.click()
    assert dialog.problems_page.summary.text().startswith("۱۷ مشکل در ۱۶ ردیف از ۱۸ ردیف؛")
    cells = [t.strip("\u2066\u2069") for t in _texts(dialog.problem_table, 0)]
    messages = dict(zip(cells, _texts(dialog.problem_table, 2), strict=True))
    assert messages["Registrations!C4"] == "رستهٔ ناشناختهٔ 'Automotive part'"
    assert messages["Registrations!E15"] == (
        "حداقل متراژ (۱۲ متر مربع) بیشتر از متراژ درخواستی (۹ متر مربع) است"
    )
    assert set(_texts(dialog.problem_table, 4)) == {"مشکل"}
    dialog.valid_only.click()
    tree = dialog.diff_tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles[:3] == ["تازه (۲)", "تغییرکرده (۰)", "بدون تغییر (۰)"]


def test_changed_fields_in_persian_words_and_digits(qtbot, project, settings, tmp_path, persian):
    path = _book(
        tmp_path, [["نام شرکت", "رسته", "متراژ", "برق"], ["ايران پيستون", "قطعات خودرو", 18, "بله"]]
    )
    stack = QUndoStack()

    def drive():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExcelImportDialog))
        dialog.next.click()
        changed = dialog.diff_tree.topLevelItem(1).child(0)
        rows = {
            changed.child(i).text(0): (changed.child(i).text(1), changed.child(i).text(2))
            for i in range(changed.childCount())
        }
        assert rows["متراژ درخواستی"] == ("۹", "۱۸")
        assert rows["حداکثر متراژ"] == ("۱۳٫۵", "۲۷")
        assert rows["نیاز به برق"] == ("خیر", "بله")
        dialog.apply.click()

    QTimer.singleShot(0, drive)
    assert run_import(None, project, stack, path=path, settings=settings)
    assert stack.text(0) == "ورود ۱ مشارکت‌کننده از \u2066list.xlsx\u2069"


def test_a_booth_change_is_shown_field_by_field(qtbot, project, settings, tmp_path):
    from ui.excel_import_dialog import BOOTHS

    path = _book(
        tmp_path,
        [
            ["Label", "Hall", "X (m)", "Y (m)", "Width (m)", "Depth (m)", "Water"],
            ["A-8", "Hall 1", 21, 0, 3, 3, "yes"],
        ],
    )
    dialog = ExcelImportDialog(project, path, settings, BOOTHS)
    qtbot.addWidget(dialog)
    dialog.next.click()
    changed = dialog.diff_tree.topLevelItem(1).child(0)
    assert changed.text(0) == "A-8"
    assert [
        (changed.child(i).text(0), changed.child(i).text(1), changed.child(i).text(2))
        for i in range(changed.childCount())
    ] == [("water", "no", "yes")]


def test_unknown_sectors_are_added_in_one_step_and_mapped(qtbot, project, settings, tmp_path):
    path = _book(
        tmp_path,
        [
            ["نام شرکت", "رسته", "متراژ"],
            ["ریخته‌گری نو", "فلزات پایه", 24],
            ["نخ طلایی", "نساجی", 18],
            ["بافت نو", "نساجی ", 12],
            ["داروپخش", "دارویی", 12],
        ],
    )
    stack = QUndoStack()
    before = dict(project.sectors)
    dialog = ExcelImportDialog(project, path, settings, undo_stack=stack)
    qtbot.addWidget(dialog)
    page = dialog.mapping_page
    assert sorted(page.unmapped_words()) == ["دارویی", "نساجی"]  # فلزات پایه is guessed
    assert not page.add_sectors.isHidden() and "2" in page.add_sectors.text()
    added = dialog.add_unknown_sectors()
    assert len(added) == 2 and stack.count() == 1
    assert {project.sectors[s].name_fa for s in added} == {"نساجی", "دارویی"}
    assert not page.unmapped_words() and page.add_sectors.isHidden()
    dialog.next.click()
    assert dialog.report.ok and len(dialog.to_apply) == 4
    stack.undo()
    assert dict(project.sectors) == before


def test_the_import_dialog_offers_the_registration_template(qtbot, project, settings, tmp_path):
    from openpyxl import load_workbook

    dialog = ExcelImportDialog(project, FIXTURES / "registrations-bad.xlsx", settings)
    qtbot.addWidget(dialog)
    out = tmp_path / "blank.xlsx"
    assert dialog.save_template(str(out)) == str(out)
    sheet = load_workbook(out).active
    validations = " ".join(str(v.formula1) for v in sheet.data_validations.dataValidation)
    assert validations  # the sector drop-down is there


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("damage", sorted(damaged_set()))
def test_a_damaged_workbook_is_a_message_box_and_changes_nothing(
    qtbot, project, settings, tmp_path, monkeypatch, damage, language
):
    from PySide6.QtWidgets import QMessageBox

    from qods_planner.messages import set_language

    data, fragment = damaged_set()[damage]
    path = tmp_path / "registrations.xlsx"
    path.write_bytes(data)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    stack = QUndoStack()
    before = (dict(project.exhibitors), project.plan)
    set_language(language)
    try:
        assert run_import(None, project, stack, path=path, settings=settings) is False
    finally:
        set_language("en")
    assert len(shown) == 1
    if language == "en":
        assert shown[0].startswith(f"cannot read {path}: ") and fragment in shown[0]
    else:
        assert shown[0].startswith(f"خواندن \u2066{path}\u2069 ممکن نیست: ")
    assert (dict(project.exhibitors), project.plan) == before and stack.count() == 0


def test_sectors_typed_past_the_templates_drop_down_are_offered_too(
    qtbot, project, settings, tmp_path
):
    """A filled template whose rows use a sector of its drop-down and two typed outside it
    (Excel only warns): both typed words are offered to add, and the import takes every row."""
    from openpyxl import load_workbook

    from qods_planner.excel.template import write_template

    path = tmp_path / "registration.xlsx"
    write_template(path, list(project.sectors.values()), language="fa")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    col = {c.value: c.column for c in ws[1]}
    listed = project.sectors["auto"].name_fa
    for r, (name, sector) in enumerate(
        [("قطعه‌ساز نو", listed), ("نخ طلایی", "نساجی"), ("داروپخش", "دارویی"), ("بافت", "نساجي")],
        start=3,
    ):
        ws.cell(r, col["نام شرکت"], name)
        ws.cell(r, col["رسته"], sector)
        ws.cell(r, col["متراژ"], 12)
    wb.save(path)
    stack = QUndoStack()
    dialog = ExcelImportDialog(project, path, settings, undo_stack=stack)
    qtbot.addWidget(dialog)
    page = dialog.mapping_page
    assert sorted(page.unmapped_words()) == ["دارویی", "نساجی"]  # نساجي is the same word
    assert not page.add_sectors.isHidden() and "2" in page.add_sectors.text()
    added = dialog.add_unknown_sectors()
    assert {project.sectors[s].name_fa for s in added} == {"نساجی", "دارویی"}
    dialog.next.click()
    if dialog.pages.currentIndex() == 1:  # the example row skipped is shown first
        dialog.next.click()
    assert {e.sector_id for e in dialog.to_apply} == {"auto", *added}
    assert dialog.report.ok and len(dialog.to_apply) == 4
