"""No column is cut off, in Persian (whose headers and words are longer) as in English: the
re-solve's frontier (its proof column), the changes panel (from, to) and the space report's
tables each keep every column whole, however narrow their dock was made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from solving_support import (  # noqa: F401 (user_settings is an autouse fixture)
    QODS,
    stop_solving,
    user_settings,
)
from test_frontier_view import proposed

from qods_planner.files import load_project
from ui.document import Document
from ui.i18n import install_language
from ui.main_window import MainWindow


@pytest.fixture(params=["fa", "en"])
def language(request, qapp):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def whole(view, header, columns) -> bool:
    """Every column at least as wide as its header and cells, and all inside the view."""
    inside = header.length() <= view.viewport().width()
    return inside and all(
        header.sectionSize(c) >= max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
        for c in columns
    )


def squeezed(qtbot, window, dock) -> None:
    """`window` shown with `dock` on top, the dock made as narrow as it goes."""
    window.resize(1400, 900)
    window.show()
    dock.raise_()
    qtbot.waitExposed(window)
    window.resizeDocks([dock], [120], Qt.Orientation.Horizontal)


def test_the_frontier_and_the_changes_keep_their_columns_whole(qtbot, tmp_path, language):
    window, c = proposed(qtbot, tmp_path)
    panel = window.features.changes_panel
    squeezed(qtbot, window, panel)
    table, tree = panel.frontier.table, panel.table
    qtbot.waitUntil(lambda: whole(table, table.horizontalHeader(), (0, 1, 3)))  # 2: a bar
    qtbot.waitUntil(lambda: whole(tree, tree.header(), (1, 2)))
    stop_solving(c)


def test_the_space_report_keeps_its_last_columns_whole(qtbot, tmp_path, language):
    from ui.workspace import install_workspace

    window = MainWindow(Document(load_project(QODS)), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(window)
    install_workspace(window)
    panel = window.features.space_panel
    squeezed(qtbot, window, panel)
    for grid in panel.grids:
        header = grid.horizontalHeader()
        qtbot.waitUntil(lambda g=grid, h=header: whole(g, h, range(g.columnCount())))
