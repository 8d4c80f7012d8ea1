"""The saved window layout never hides the plan: restarting with saved settings, opening a new
project, or a damaged or foreign saved layout all leave the plan at least half the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt

from ui.document import Document, new_project
from ui.main_window import MainWindow
from ui.user_settings import settings
from ui.window_state import LAYOUT_VERSION
from ui.workspace import install_workspace

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def start(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(window)
    install_workspace(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def plan_is_large(window: MainWindow) -> bool:
    view = window.centralWidget()
    return view.width() >= window.width() // 2 and view.height() >= window.height() // 2


def test_restart_with_saved_settings_then_new_keeps_the_plan_large(qtbot, tmp_path):
    first = start(qtbot, tmp_path)
    first.resize(1400, 860)
    qtbot.waitUntil(lambda: plan_is_large(first))
    # The layout the organiser saw shrink: the side panels hold most of the width.
    right = [d for d in (first.properties, first.features.solve_panel) if d.isVisible()]
    first.resizeDocks(right, [1200] * len(right), Qt.Orientation.Horizontal)
    assert first.close()
    for _ in range(2):  # the second start is where the plan used to collapse
        window = start(qtbot, tmp_path)
        qtbot.waitUntil(lambda w=window: plan_is_large(w))
        window.set_document(Document(new_project()))
        qtbot.waitUntil(lambda w=window: plan_is_large(w))
        assert window.close()


@pytest.mark.parametrize(
    "saved",
    [QByteArray(b"\x00\xff damaged layout \x01" * 8), None],
    ids=["damaged", "foreign"],
)
def test_a_damaged_or_foreign_layout_falls_back_to_the_default(qtbot, tmp_path, saved):
    first = start(qtbot, tmp_path)
    first.properties.hide()  # a layout that differs from the default
    if saved is None:  # saved by another version of the layout
        saved = first.saveState(LAYOUT_VERSION + 1)
    assert first.close()
    settings().setValue("window/state", saved)
    window = start(qtbot, tmp_path)
    assert not window.properties.isHidden()  # the default, not the saved hidden panel
    qtbot.waitUntil(lambda: plan_is_large(window))
