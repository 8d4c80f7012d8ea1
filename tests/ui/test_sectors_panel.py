"""The sectors panel: names and colours, and the complementarity matrix editor, which keeps
the matrix symmetric, disables the diagonal, and undoes."""

from __future__ import annotations

import pytest
from helpers.ui import make_project
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QColorDialog

from qods_planner import messages
from qods_planner.model import Complementarity, Sector
from ui.commands import Refused
from ui.document import Document
from ui.planning import AddSector, Planning, RemoveSector, SetComplementarity
from ui.planning.sector_models import HEAT, SectorColumn
from ui.planning.sectors_panel import SectorsPanel


@pytest.fixture(autouse=True)
def english():
    old = messages.get_language()
    messages.set_language("en")
    yield
    messages.set_language(old)


@pytest.fixture
def document(qtbot):
    p = make_project()
    p.put_sector(Sector("metal", "فلزات پایه", "Basic metals", "#8c564b"))
    p.set_complementarity(Complementarity({("auto", "metal"): 3}))
    return Document(p)


@pytest.fixture
def planning(document):
    planning = Planning()
    planning.bind(document)
    return planning


@pytest.fixture
def panel(planning, qtbot):
    panel = SectorsPanel(planning)
    qtbot.addWidget(panel)
    return panel


def weights(panel: SectorsPanel) -> list[list[int]]:
    m = panel.matrix_model
    n = m.rowCount()
    return [[m.index(i, j).data(Qt.ItemDataRole.EditRole) or 0 for j in range(n)] for i in range(n)]


def assert_symmetric(panel: SectorsPanel) -> None:
    w = weights(panel)
    assert all(w[i][j] == w[j][i] for i in range(len(w)) for j in range(len(w)))


# -- the matrix -----------------------------------------------------------------------------
def test_matrix_shows_the_weights_as_a_heat_map(panel):
    m = panel.matrix_model
    assert m.sector_ids == ["auto", "food", "metal"]
    assert weights(panel) == [[0, 0, 3], [0, 0, 0], [3, 0, 0]]
    assert m.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) == QColor(HEAT[3])
    assert m.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == QColor(HEAT[0])
    assert m.index(0, 2).data() == "3" and m.index(0, 1).data() == ""
    assert m.headerData(2, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole).endswith(
        "Basic metals"
    )


def test_diagonal_is_disabled(panel):
    m = panel.matrix_model
    for i in range(m.rowCount()):
        index = m.index(i, i)
        assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert not m.setData(index, 2)
    with pytest.raises(Refused):
        SetComplementarity(panel.planning.project, ("auto", "auto"), 1)


def test_editing_a_cell_sets_its_mirror_and_undoes(panel, document):
    m = panel.matrix_model
    assert m.setData(m.index(1, 2), 2)  # food × metal
    assert weights(panel)[2][1] == 2
    assert document.project.complementarity.weight("metal", "food") == 2
    assert_symmetric(panel)
    assert m.setData(m.index(2, 0), 1)  # metal × auto, was 3
    assert weights(panel)[0][2] == 1
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert weights(panel)[0][2] == 3 and weights(panel)[2][0] == 3
    document.undo_stack.undo()
    assert weights(panel) == [[0, 0, 3], [0, 0, 0], [3, 0, 0]]
    document.undo_stack.redo()
    assert weights(panel)[1][2] == 2
    assert_symmetric(panel)


def test_typing_a_digit_sets_every_selected_cell_as_one_step(panel, document, qtbot):
    m, view = panel.matrix_model, panel.matrix
    selection = view.selectionModel()
    for i, j in ((0, 1), (1, 2), (1, 1)):  # the diagonal cell cannot be selected
        selection.select(m.index(i, j), selection.SelectionFlag.Select)
    # A Persian two (QTest only types ASCII, so the event is built by hand).
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier, "۲")
    QApplication.sendEvent(view, event)
    assert weights(panel) == [[0, 2, 3], [2, 0, 2], [3, 2, 0]]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert weights(panel) == [[0, 0, 3], [0, 0, 0], [3, 0, 0]]


def test_out_of_range_weights_are_refused(panel, planning, document):
    said: list[str] = []
    planning.message.connect(said.append)
    m = panel.matrix_model
    assert not m.setData(m.index(0, 1), 7)
    assert said and "0–3" in said[-1]
    assert document.undo_stack.count() == 0


def test_matrix_follows_sector_changes(panel, document):
    document.undo_stack.push(
        AddSector(document.project, Sector("chem", "شیمیایی", "Chemicals", "#9467bd"))
    )
    assert panel.matrix_model.rowCount() == 4 and panel.matrix_model.columnCount() == 4
    document.undo_stack.undo()
    assert panel.matrix_model.rowCount() == 3


# -- the sectors list -----------------------------------------------------------------------
def test_renaming_a_sector_in_the_table(panel, document):
    m = panel.sectors_model
    assert m.setData(m.index(2, SectorColumn.NAME_EN), "Metals")
    assert document.project.sectors["metal"].name_en == "Metals"
    assert m.index(2, SectorColumn.NAME_EN).data() == "Metals"
    assert panel.matrix_model.headerData(2, Qt.Orientation.Vertical).endswith("Metals")
    assert not m.setData(m.index(2, SectorColumn.NAME_FA), "  ")  # a Persian name is required
    assert document.project.sectors["metal"].name_fa == "فلزات پایه"
    document.undo_stack.undo()
    assert document.project.sectors["metal"].name_en == "Basic metals"


def test_colour_from_the_colour_dialog(panel, document, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    panel.select_sector("food")
    panel.colour_action.trigger()
    assert document.project.sectors["food"].colour == "#123456"
    index = panel.sectors_model.index(1, SectorColumn.COLOUR)
    assert index.data(Qt.ItemDataRole.DecorationRole) == QColor("#123456")
    document.undo_stack.undo()
    assert document.project.sectors["food"].colour == "#2ca02c"


def test_cancelled_colour_dialog_changes_nothing(panel, document, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor())
    panel.select_sector("food")
    panel.colour_action.trigger()
    assert document.undo_stack.count() == 0


def answer_names(monkeypatch, name_fa: str, name_en: str) -> None:
    """The Add sector dialog is answered with these names and OK."""
    from ui.planning.sector_dialog import SectorNameDialog

    def exec_(dialog):
        dialog.name_fa.setText(name_fa)
        dialog.name_en.setText(name_en)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        return SectorNameDialog.DialogCode.Accepted if ok.isEnabled() else 0

    monkeypatch.setattr(SectorNameDialog, "exec", exec_)


def test_add_and_remove_sectors(panel, document, monkeypatch):
    p = document.project
    answer_names(monkeypatch, "نساجی", "Textiles")
    panel.add_action.trigger()
    new = list(p.sectors)[-1]
    assert (p.sectors[new].name_fa, p.sectors[new].name_en) == ("نساجی", "Textiles")
    assert panel.selected_sector() == new
    assert p.sectors[new].colour not in {s.colour for s in list(p.sectors.values())[:-1]}
    panel.remove_action.trigger()
    assert new not in p.sectors
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert list(p.sectors) == ["auto", "food", "metal"]


@pytest.mark.parametrize(
    ("name_fa", "name_en"),
    [("نساجی", ""), ("", "Textiles"), ("غذایی", "Textiles"), ("نساجی", " FOOD ")],
    ids=["no English", "no Persian", "Persian taken", "English taken"],
)
def test_a_new_sector_needs_two_unique_names(panel, document, monkeypatch, name_fa, name_en):
    answer_names(monkeypatch, name_fa, name_en)
    panel.add_action.trigger()
    assert list(document.project.sectors) == ["auto", "food", "metal"]
    assert panel.add_sector((name_fa, name_en)) is None  # refused without the dialog too


def test_a_used_sector_cannot_be_removed(panel, planning, document):
    said: list[str] = []
    planning.message.connect(said.append)
    panel.select_sector("auto")
    panel.remove_action.trigger()
    assert "auto" in document.project.sectors and said
    with pytest.raises(Refused):
        RemoveSector(document.project, "auto")


def test_remove_and_undo_brings_back_its_matrix_row(document):
    p = document.project
    document.undo_stack.push(RemoveSector(p, "metal"))
    assert p.complementarity.weight("auto", "metal") == 0
    document.undo_stack.undo()
    assert p.complementarity.weight("auto", "metal") == 3
    document.undo_stack.redo()
    document.undo_stack.redo()  # nothing more to redo: still removed
    assert "metal" not in p.sectors
