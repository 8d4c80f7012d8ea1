"""The exhibitors panel: search (Persian normalised), filters, sorting, edits both ways,
the add/edit dialog (one or several exhibitors), withdraw and restore with undo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.ui import make_project
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qods_planner import messages
from qods_planner.model import Exhibitor, ExhibitorStatus, PriorityTier
from ui.document import Document
from ui.planning import Planning
from ui.planning.exhibitor_filter import Placement, Status
from ui.planning.exhibitor_model import ID_ROLE, Column
from ui.planning.exhibitors_panel import ExhibitorsPanel
from ui.widgets.readable_column import READABLE_CHARS

# Stored with Persian letters (ی U+06CC, ک U+06A9).
KIAN = "کیان صنعت"
# Typed on an Arabic keyboard (ي U+064A, ك U+0643).
KIAN_ARABIC = "كيان"


@pytest.fixture(autouse=True)
def english():
    old = messages.get_language()
    messages.set_language("en")
    yield
    messages.set_language(old)


@pytest.fixture
def document(qtbot):
    p = make_project()
    p.put_exhibitors(
        [
            Exhibitor(
                "E4", KIAN, "", "food", 24, 18, 36, priority=PriorityTier.SPONSOR, phone="0912"
            ),
            Exhibitor("E5", "ذوب آهن", "Zob Ahan", "auto", 12, 9, 12),
        ]
    )
    p.put_exhibitor(replace(p.exhibitors["E5"], status=ExhibitorStatus.WITHDRAWN))
    return Document(p)


@pytest.fixture
def planning(document):
    planning = Planning()
    planning.bind(document)
    return planning


@pytest.fixture
def panel(planning, qtbot):
    panel = ExhibitorsPanel(planning)
    qtbot.addWidget(panel)
    return panel


def shown_ids(panel: ExhibitorsPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def cell(
    panel: ExhibitorsPanel, exhibitor_id: str, column: Column, role=Qt.ItemDataRole.DisplayRole
):
    proxy = panel.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ID_ROLE) == exhibitor_id:
            return proxy.index(r, column).data(role)
    raise KeyError(exhibitor_id)


def proxy_index(panel: ExhibitorsPanel, exhibitor_id: str, column: Column):
    proxy = panel.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ID_ROLE) == exhibitor_id:
            return proxy.index(r, column)
    raise KeyError(exhibitor_id)


# -- showing --------------------------------------------------------------------------------
def test_rows_show_the_project(panel):
    assert shown_ids(panel) == ["E1", "E2", "E3", "E4", "E5"]
    assert cell(panel, "E1", Column.NAME) == "Iran Khodro Parts"
    assert cell(panel, "E4", Column.NAME) == KIAN  # no English name: the Persian one
    assert cell(panel, "E1", Column.SECTOR) == "Automotive parts"
    assert cell(panel, "E1", Column.SECTOR, Qt.ItemDataRole.DecorationRole).name() == "#1f77b4"
    assert cell(panel, "E1", Column.STAND) == "A-01, A-02"
    assert cell(panel, "E1", Column.HALL) == "Hall 1"
    assert cell(panel, "E1", Column.LOCKED, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(panel, "E3", Column.LOCKED, Qt.ItemDataRole.CheckStateRole) is None
    assert cell(panel, "E3", Column.STATUS) == "Waitlisted"
    assert cell(panel, "E5", Column.STATUS) == "Withdrawn"
    assert cell(panel, "E4", Column.PRIORITY) == "Sponsor"
    assert panel.count.text() == "5 of 5"


def test_a_narrow_panel_keeps_the_names_readable_and_scrolls(panel, qtbot):
    """In a narrow dock the name column keeps a readable width (it had been cut to "…"
    beside columns sized to their contents); in a wide one it stretches to fill."""
    header = panel.table.horizontalHeader()
    readable = panel.table.fontMetrics().averageCharWidth() * READABLE_CHARS
    panel.resize(420, 400)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: header.sectionSize(Column.NAME) == readable)
    assert panel.table.horizontalScrollBar().maximum() > 0
    panel.resize(2400, 400)
    qtbot.waitUntil(lambda: header.sectionSize(Column.NAME) > readable)
    assert header.sectionResizeMode(Column.NAME) == header.ResizeMode.Stretch


def test_persian_interface_shows_persian_names(planning, qtbot):
    messages.set_language("fa")
    panel = ExhibitorsPanel(planning)
    qtbot.addWidget(panel)
    assert cell(panel, "E1", Column.NAME) == "ایران خودرو قطعه"
    assert cell(panel, "E1", Column.SECTOR) == "قطعات خودرو"
    assert cell(panel, "E4", Column.AREA) == "۲۴"


def test_a_latin_name_reads_left_to_right_in_the_persian_table(planning, document, qtbot):
    """A Latin name, "Alborz Parts Co.", showed as ".Alborz Parts Co" in the Persian table: now one
    left-to-right run (LRI … PDI); Persian names and the edited text are left as they are."""
    project = document.project
    project.put_exhibitor(replace(project.exhibitors["E2"], name_fa="Alborz Parts Co."))
    messages.set_language("fa")
    panel = ExhibitorsPanel(planning)
    qtbot.addWidget(panel)
    assert cell(panel, "E2", Column.NAME) == "\u2066Alborz Parts Co.\u2069"
    assert cell(panel, "E1", Column.NAME) == "ایران خودرو قطعه"
    assert cell(panel, "E2", Column.NAME, Qt.ItemDataRole.EditRole) == "Alborz Parts Co."
    panel.search.setText("alborz")
    assert shown_ids(panel) == ["E2"]


# -- search and filters ---------------------------------------------------------------------
def test_search_finds_arabic_letters_typed_against_persian_stored(panel):
    panel.search.setText(KIAN_ARABIC)
    assert shown_ids(panel) == ["E4"]
    panel.search.setText("كيانصنعت")  # no space, Arabic letters
    assert shown_ids(panel) == ["E4"]
    assert panel.count.text() == "1 of 5"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khodro", ["E1"]),  # English name, any case
        ("KHODRO", ["E1"]),
        ("e3", ["E3"]),  # id
        ("a-04", ["E2"]),  # booth label of the stand
        ("۰۹۱۲", ["E4"]),  # phone typed with Persian digits
        ("ایران‌خودرو", ["E1"]),  # ZWNJ typed where the name has a space
        ("", ["E1", "E2", "E3", "E4", "E5"]),
    ],
)
def test_search(panel, text, expected):
    panel.search.setText(text)
    assert shown_ids(panel) == expected


def test_sector_status_and_placement_filters(panel):
    index = panel.sector_filter.findData("food")
    panel.sector_filter.setCurrentIndex(index)
    panel.sector_filter.activated.emit(index)
    assert shown_ids(panel) == ["E2", "E4"]
    panel.sector_filter.setCurrentIndex(0)
    panel.sector_filter.activated.emit(0)
    panel.status_filter.setCurrentIndex(Status.WITHDRAWN)
    assert shown_ids(panel) == ["E5"]
    panel.status_filter.setCurrentIndex(Status.REGISTERED)
    assert shown_ids(panel) == ["E1", "E2", "E3", "E4"]
    panel.status_filter.setCurrentIndex(Status.ANY)
    panel.placement_filter.setCurrentIndex(Placement.ASSIGNED)
    assert shown_ids(panel) == ["E1", "E2"]
    panel.placement_filter.setCurrentIndex(Placement.WAITLISTED)
    assert shown_ids(panel) == ["E3", "E4"]  # withdrawn E5 waits for nothing
    panel.placement_filter.setCurrentIndex(Placement.LOCKED)
    assert shown_ids(panel) == ["E1"]


def test_filters_follow_model_changes(panel, planning, document):
    panel.placement_filter.setCurrentIndex(Placement.WAITLISTED)
    assert planning.assign("E3", ["b-3"])
    assert shown_ids(panel) == ["E4"]
    document.undo_stack.undo()
    assert shown_ids(panel) == ["E3", "E4"]


def test_sector_filter_lists_new_sectors(panel, document):
    from qods_planner.model import Sector

    document.project.put_sector(Sector("chem", "شیمیایی", "Chemicals", "#9467bd"))
    assert panel.sector_filter.findData("chem") > 0


# -- sorting --------------------------------------------------------------------------------
def test_sorting_by_area_is_numeric_and_by_priority_by_rank(panel):
    panel.table.sortByColumn(Column.AREA, Qt.SortOrder.AscendingOrder)
    assert shown_ids(panel) == ["E2", "E3", "E5", "E1", "E4"]  # 9, 9, 12, 18, 24
    panel.table.sortByColumn(Column.AREA, Qt.SortOrder.DescendingOrder)
    assert shown_ids(panel)[0] == "E4"
    panel.table.sortByColumn(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert shown_ids(panel)[0] == "E4"  # the sponsor first
    panel.table.sortByColumn(Column.STAND, Qt.SortOrder.DescendingOrder)
    assert shown_ids(panel)[:2] == ["E2", "E1"]


# -- model → table --------------------------------------------------------------------------
def test_model_changes_show_in_the_table(panel, document):
    p = document.project
    p.put_exhibitor(replace(p.exhibitors["E2"], name_en="Pegah Dairy"))
    assert cell(panel, "E2", Column.NAME) == "Pegah Dairy"
    p.set_plan(p.plan.with_stand("E3", ["b-3"]))
    assert cell(panel, "E3", Column.STAND) == "A-03"
    p.put_exhibitor(Exhibitor("E6", "نو", "New", "auto", 9, 9, 9))
    assert shown_ids(panel)[-1] == "E6"
    p.remove_exhibitor("E2")
    assert "E2" not in shown_ids(panel)
    assert panel.count.text() == "5 of 5"


# -- table → model --------------------------------------------------------------------------
def test_editing_name_and_area_in_the_table_pushes_commands(panel, document):
    p = document.project
    assert panel.proxy.setData(proxy_index(panel, "E2", Column.NAME), "Pegah")
    assert p.exhibitors["E2"].name_en == "Pegah"
    assert panel.proxy.setData(proxy_index(panel, "E2", Column.AREA), 12.0)
    assert p.exhibitors["E2"].requested_m2 == 12.0
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert p.exhibitors["E2"] == make_project().exhibitors["E2"]


def test_an_area_the_model_refuses_is_a_message(panel, planning, document):
    said: list[str] = []
    planning.message.connect(said.append)
    assert not panel.proxy.setData(proxy_index(panel, "E2", Column.AREA), 50.0)  # > max 12
    assert document.project.exhibitors["E2"].requested_m2 == 9
    assert said and "12" in said[-1]


def test_locked_check_box_locks_and_unlocks(panel, document):
    p = document.project
    index = proxy_index(panel, "E2", Column.LOCKED)
    assert panel.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "E2" in p.plan.locked
    assert cell(panel, "E2", Column.LOCKED, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    document.undo_stack.undo()
    assert "E2" not in p.plan.locked


# -- withdraw and restore -------------------------------------------------------------------
def test_withdraw_and_restore_with_undo(panel, document):
    p = document.project
    panel.select_ids(["E1"])
    assert panel.withdraw_action.isEnabled() and not panel.restore_action.isEnabled()
    panel.withdraw_action.trigger()
    assert not p.exhibitors["E1"].registered
    assert p.plan.stand_of("E1") is None and "E1" not in p.plan.locked
    assert cell(panel, "E1", Column.STATUS) == "Withdrawn"
    assert panel.restore_action.isEnabled()
    panel.restore_action.trigger()
    assert p.exhibitors["E1"].registered
    assert p.plan.stand_of("E1") is None  # restored exhibitors wait for a stand
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert p.exhibitors["E1"].registered
    assert p.plan == make_project().plan  # the stand and the lock come back
    document.undo_stack.redo()
    assert not p.exhibitors["E1"].registered and p.plan.stand_of("E1") is None


def test_remove_asks_and_undo_brings_back_mentions(panel, document, monkeypatch):
    p = document.project
    p.put_exhibitor(replace(p.exhibitors["E3"], competitors=("E2",)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.select_ids(["E2"])
    panel.remove_action.trigger()
    assert "E2" not in p.exhibitors
    assert p.exhibitors["E3"].competitors == ()
    document.undo_stack.undo()
    assert p.exhibitors["E3"].competitors == ("E2",)
    assert p.plan.stand_of("E2") == ("b-4",)


def test_actions_follow_the_selection(panel):
    panel.select_ids(["E1", "E2"])
    assert panel.swap_action.isEnabled()
    assert panel.unlock_action.isEnabled() and panel.lock_action.isEnabled()
    panel.select_ids(["E3"])
    assert not panel.swap_action.isEnabled() and not panel.unassign_action.isEnabled()
    assert panel.assign_action.isEnabled()
    panel.select_ids(["E5"])
    assert not panel.assign_action.isEnabled()


# -- the dialog -----------------------------------------------------------------------------
def test_dialog_edits_one_exhibitor(panel, document, qtbot):
    p = document.project
    dialog = panel.dialog(["E2"])
    qtbot.addWidget(dialog)
    name = dialog.fields["name_en"]
    name.edit.setText("Pegah Dairy")
    name.edit.textEdited.emit("Pegah Dairy")
    dialog.fields["needs.water"].box.click()
    dialog.fields["competitors"].picker.set_checked("E3", True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    ex = p.exhibitors["E2"]
    assert ex.name_en == "Pegah Dairy" and ex.needs.water and ex.competitors == ("E3",)
    assert ex.name_fa == "شیر پاستوریزه"  # untouched
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert p.exhibitors["E2"] == make_project().exhibitors["E2"]


def test_dialog_shows_model_errors_inline_and_changes_nothing(panel, document, qtbot):
    p = document.project
    dialog = panel.dialog(["E2"])
    qtbot.addWidget(dialog)
    dialog.fields["min_m2"].spin.setValue(10.0)  # smallest 10 > requested 9
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert "smallest" in dialog.error.text()
    assert p.exhibitors["E2"] == make_project().exhibitors["E2"]
    assert document.undo_stack.count() == 0


def test_dialog_adds_an_exhibitor(panel, document, qtbot):
    p = document.project
    dialog = panel.dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.fields["id"].value() == "ex-6"
    dialog.accept()  # no Persian name yet
    assert "Persian name" in dialog.error.text() and "ex-6" not in p.exhibitors
    dialog.fields["name_fa"].edit.setText("فولاد قدس")
    dialog.fields["sector_id"].choose("food")
    dialog.fields["requested_m2"].spin.setValue(12.0)
    dialog.fields["registered_on"].edit.set_iso("2026-09-01")
    dialog.fields["partners"].picker.set_checked("E2", True)
    dialog.accept()
    ex = p.exhibitors["ex-6"]
    assert (ex.name_fa, ex.sector_id, ex.requested_m2) == ("فولاد قدس", "food", 12.0)
    assert ex.registered_on == "2026-09-01" and ex.partners == ("E2",)
    assert shown_ids(panel)[-1] == "ex-6"
    document.undo_stack.undo()
    assert "ex-6" not in p.exhibitors


def test_an_english_name_alone_serves_in_persian_too(panel, document, qtbot):
    """An organiser working in English gave only the English name and was refused ("Persian
    name must not be empty"); the workbook import already used it for both."""
    dialog = panel.dialog(None)
    qtbot.addWidget(dialog)
    dialog.fields["name_en"].edit.setText("Alborz Parts Co.")
    dialog.fields["sector_id"].choose("food")
    dialog.accept()
    ex = document.project.exhibitors["ex-6"]
    assert (ex.name_fa, ex.name_en) == ("Alborz Parts Co.", "Alborz Parts Co.")


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_new_exhibitors_letters_are_in_the_interfaces_language(
    panel, document, qtbot, monkeypatch, language
):
    """In the English window a new exhibitor's letters defaulted to Persian."""
    monkeypatch.setattr("ui.planning.planning_controller.current_language", lambda: language)
    dialog = panel.dialog(None)
    qtbot.addWidget(dialog)
    dialog.fields["name_en"].edit.setText("Alborz Parts Co.")
    dialog.fields["sector_id"].choose("food")
    dialog.accept()
    assert document.project.exhibitors["ex-6"].language == language


def test_dialog_edits_several_at_once_changing_only_touched_fields(panel, document, qtbot):
    p = document.project
    p.put_exhibitor(replace(p.exhibitors["E1"], competitors=("E4",)))
    before = {e: p.exhibitors[e] for e in ("E1", "E3")}
    dialog = panel.dialog(["E1", "E3"])
    qtbot.addWidget(dialog)
    area = dialog.fields["requested_m2"]
    assert area.spin.value() == 0.0 and area.spin.specialValueText()  # 18 and 9: mixed
    assert dialog.fields["name_en"].edit.placeholderText()
    dialog.fields["needs.power"].box.click()
    dialog.fields["competitors"].picker.set_checked("E2", True)
    dialog.accept()
    for e in ("E1", "E3"):
        ex = p.exhibitors[e]
        assert ex.needs.power
        assert (ex.name_en, ex.requested_m2) == (before[e].name_en, before[e].requested_m2)
    assert p.exhibitors["E1"].competitors == ("E4", "E2")  # keeps its own competitor
    assert p.exhibitors["E3"].competitors == ("E2",)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert {e: p.exhibitors[e] for e in ("E1", "E3")} == before


def test_dialog_withdrawing_frees_the_stand(panel, document, qtbot):
    p = document.project
    dialog = panel.dialog(["E2"])
    qtbot.addWidget(dialog)
    dialog.fields["status"].choose(ExhibitorStatus.WITHDRAWN)
    dialog.accept()
    assert not p.exhibitors["E2"].registered and p.plan.stand_of("E2") is None
    document.undo_stack.undo()
    assert p.plan.stand_of("E2") == ("b-4",)


def test_dialog_picker_search_is_normalised(panel, document, qtbot):
    dialog = panel.dialog(["E1"])
    qtbot.addWidget(dialog)
    picker = dialog.fields["partners"].picker
    picker.search.setText(KIAN_ARABIC)
    assert picker.visible_ids() == ["E4"]
    assert "E1" not in [i.data(Qt.ItemDataRole.UserRole) for i in picker.items()]


def test_the_stand_column_widens_when_a_plan_gives_longer_stands(panel, planning, qtbot):
    """A solve's stands ("A1-03, A1-09") were cut short: the columns were fitted only when
    exhibitors or sectors changed, not the plan."""
    from qods_planner.model import Plan

    panel.show()
    project = planning.project
    project.set_plan(Plan({}))
    qtbot.wait(10)
    panel.fit_columns()
    narrow = panel.table.columnWidth(Column.STAND)
    project.set_plan(Plan({"E2": ("b-1", "b-2", "b-3", "b-4")}))
    qtbot.waitUntil(lambda: panel.table.columnWidth(Column.STAND) > narrow)
    needed = panel.table.sizeHintForColumn(Column.STAND)
    assert panel.table.columnWidth(Column.STAND) >= needed
