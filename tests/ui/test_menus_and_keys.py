"""One Planning menu; every action the organiser repeats has a key, listed in Help; the status
bar's rule counts open the Explanations panel."""

from __future__ import annotations

import pytest
from helpers.ui import make_project
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ui.document import Document
from ui.main_window import MainWindow
from ui.shortcuts_help import ShortcutsDialog, shortcut_rows
from ui.workspace import install_workspace

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    w = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(w)
    install_workspace(w)
    return w


def named_actions(window: MainWindow) -> dict:
    s, x = window.features.solving_actions, window.features.exchange
    return {
        "solve": s.solve,
        "re-solve": s.resolve,
        "cancel": s.cancel,
        "publish": s.publish,
        "accept": s.accept,
        "discard": s.discard,
        "import": x.import_exhibitors,
        "export": x.export_xlsx,
        "export PDF": x.export_pdf,
        "registration template": x.export_template,
    }


def test_every_named_action_has_its_own_key_listed_in_help(window):
    actions = named_actions(window)
    keys = {name: a.shortcut().toString() for name, a in actions.items()}
    assert all(keys.values()), keys
    every_key = [r[1] for r in shortcut_rows(window)]
    assert len(every_key) == len(set(every_key)), "two menu actions share a key"
    listed = {id(r[2]) for r in shortcut_rows(window)}
    assert all(id(a) in listed for a in actions.values())
    dialog = ShortcutsDialog(window)
    texts = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert any(t.endswith("Solve") for t in texts)
    shown = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert shown == every_key  # as the menus write them (no isolate to reverse them in Persian)
    assert window.features.shortcuts_action in window.help_menu.actions()


def test_one_planning_menu_holds_exhibitors_and_solving(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.count("Planning") == 1 and "Plan" not in titles
    items = [a.text().replace("&", "") for a in window.features.plan_menu.actions()]
    assert "Add exhibitor…" in items and "Solve" in items and "Accept the proposed plan" in items


def test_accept_and_discard_follow_the_proposal(window):
    s = window.features.solving_actions
    assert not s.accept.isEnabled() and not s.discard.isEnabled()


def test_clicking_the_rule_counts_opens_the_explanations_panel(window, qtbot):
    window.show()
    window.features.explanations_panel.hide()
    label = window.indicators.violations
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            QPointF(2, 2),
            label.mapToGlobal(QPointF(2, 2)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(label, event)
    assert window.features.explanations_panel.isVisible()


def test_the_title_bar_names_the_program_in_the_interface_language(qapp):
    from ui.app import create_app

    try:
        create_app(language="fa")
        assert QApplication.applicationDisplayName() == "برنامه‌ریز نمایشگاه قدس"
    finally:
        create_app(language="en")
    assert QApplication.applicationDisplayName() == "Qods Planner"


def test_english_plurals_follow_the_count(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_language

    install_language(qapp, "en")
    translate = QCoreApplication.translate
    assert translate("Commands", "Delete %n booth(s)", "", 1) == "Delete 1 booth"
    assert translate("Commands", "Delete %n booth(s)", "", 3) == "Delete 3 booths"
    one = translate("HallActions", "Delete hall {name} with its %n booth(s)?", "", 1)
    assert one == "Delete hall {name} with its 1 booth?"
