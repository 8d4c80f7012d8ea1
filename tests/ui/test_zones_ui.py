"""Zones and caps in the app (#21): "Sectors allowed" on booths (one or several) and on a hall,
each tick one undo step; the plan's corner mark and the legend's line for zoned booths; a
sector's most stands in the sectors panel (placed / most) and in the new-sector dialog."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.ui import make_project
from PySide6.QtCore import Qt

from qods_planner import messages
from ui.document import Document
from ui.main_window import MainWindow
from ui.planning.planning_install import install_planning
from ui.planning.sector_models import SectorColumn

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture(autouse=True)
def english():
    old = messages.get_language()
    messages.set_language("en")
    yield
    messages.set_language(old)


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    return w


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.properties._refresh_timer.isActive())


def zone_mark(window, booth_id):
    return [c.name() for c in window.editor.scene.booth_items[booth_id].zone]


def legend_mentions_zones(window) -> bool:
    return any("Corner mark" in text for text in window.legend.entries())


def test_sectors_allowed_on_selected_booths_one_undo_step_each(window, qtbot):
    project, stack = window.document.project, window.document.undo_stack
    form = window.properties.booth_form
    window.editor.select_booths(["b-2", "b-3"])
    settle(qtbot, window)
    assert form.zone.ticked() == [] and "any sector" in form.zone.hint.text()
    count = stack.count()
    form.zone.set_ticked("food", True)
    assert [project.booths[b].sectors for b in ("b-2", "b-3")] == [("food",), ("food",)]
    assert stack.count() == count + 1
    assert zone_mark(window, "b-2") == ["#2ca02c"] and zone_mark(window, "b-1") == []
    assert legend_mentions_zones(window)
    form.zone.set_ticked("auto", True)
    assert project.booths["b-3"].sectors == ("auto", "food")  # the project's order of sectors
    stack.undo()
    stack.undo()
    assert project.booths["b-2"].sectors == () and zone_mark(window, "b-2") == []
    assert not legend_mentions_zones(window)
    stack.redo()
    settle(qtbot, window)
    assert form.zone.ticked() == ["food"]


def test_several_booths_with_different_zones_show_partly_ticked(window, qtbot):
    project = window.document.project
    project.put_booths([replace(project.booths["b-2"], sectors=("food",))])
    form = window.properties.booth_form
    window.editor.select_booths(["b-2", "b-3"])
    settle(qtbot, window)
    states = {
        form.zone.list.item(r).text(): form.zone.list.item(r).checkState()
        for r in range(form.zone.list.count())
    }
    assert states == {
        "Automotive parts": Qt.CheckState.Unchecked,
        "Food": Qt.CheckState.PartiallyChecked,
    }
    form.zone.set_ticked("food", True)  # now every selected booth allows Food
    assert project.booths["b-3"].sectors == ("food",)


def test_a_halls_zone_marks_its_booths_and_a_booths_own_zone_wins(window, qtbot):
    project, stack = window.document.project, window.document.undo_stack
    window.editor.select_booths([])
    hall_form = window.properties.hall_form
    settle(qtbot, window)
    count = stack.count()
    hall_form.zone.set_ticked("auto", True)
    assert project.halls["H1"].sectors == ("auto",)
    assert stack.count() == count + 1
    assert zone_mark(window, "b-1") == ["#1f77b4"]
    window.editor.select_booths(["b-5"])
    settle(qtbot, window)
    form = window.properties.booth_form
    assert "the hall's zone applies (Automotive parts)" in form.zone.hint.text()
    form.zone.set_ticked("food", True)
    assert project.zone("b-5") == ("food",) and zone_mark(window, "b-5") == ["#2ca02c"]
    stack.undo()
    stack.undo()
    assert project.halls["H1"].sectors == () and zone_mark(window, "b-1") == []
    stack.redo()
    assert zone_mark(window, "b-1") == ["#1f77b4"]


def test_most_stands_in_the_sectors_panel(window, qtbot):
    ui = install_planning(window)
    project, stack = window.document.project, window.document.undo_stack
    model = ui.sectors.sectors_model
    row = model.sector_ids.index("auto")
    cell = model.index(row, SectorColumn.STANDS)
    assert cell.data() == "1"  # E1 holds a stand, E3 waits; no cap
    count = stack.count()
    assert model.setData(cell, "۱")  # Persian digits as typed
    assert project.sectors["auto"].max_stands == 1
    assert stack.count() == count + 1
    assert cell.data() == "1 / 1" and cell.data(Qt.ItemDataRole.EditRole) == "1"
    assert model.setData(cell, "0")
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None  # 1 placed > 0: in red
    assert not model.setData(cell, "lots")
    assert project.sectors["auto"].max_stands == 0
    model.setData(cell, "")  # empty: no cap
    assert project.sectors["auto"].max_stands is None
    stack.undo()
    assert project.sectors["auto"].max_stands == 0
    model.set_field("auto", "name_en", "Car parts")  # a name edit keeps the cap
    assert project.sectors["auto"].max_stands == 0


def test_the_new_sector_dialog_asks_for_most_stands(window, qtbot, monkeypatch):
    from ui.planning.sector_dialog import SectorNameDialog

    ui = install_planning(window)
    dialog = SectorNameDialog(window.document.project.sectors.values())
    qtbot.addWidget(dialog)
    assert dialog.most_stands() is None and dialog.cap.text() == "No cap"
    dialog.cap.setValue(4)
    assert dialog.most_stands() == 4
    new = ui.sectors.add_sector(("فولاد", "Steel"), most_stands=4)
    assert window.document.project.sectors[new].max_stands == 4
