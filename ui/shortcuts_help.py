"""Help ▸ Keyboard shortcuts: every menu action that has a key, read from the menus themselves
so the list cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _walk(menu: QMenu, path: tuple[str, ...], out: list[tuple[str, str, QAction]]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&", "")
        if action.menu() is not None:
            _walk(action.menu(), (*path, text), out)
        elif not action.shortcut().isEmpty():
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            out.append((" ▸ ".join((*path, text)), native, action))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, QAction]]:
    """(menu path of the action, its key as shown on this system, the action), menu order."""
    rows: list[tuple[str, str, QAction]] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            _walk(top.menu(), (top.text().replace("&", ""),), rows)
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table: what, and which key."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Key")])
        self.table.verticalHeader().hide()
        for r, (what, key, _action) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            # As written, not isolated left to right: an isolate showed "Ctrl+Shift+S" in
            # Persian as "S+کنترل+شیفت", the reverse of what the menus show.
            self.table.setItem(r, 1, QTableWidgetItem(key))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 600)


def install_shortcuts_help(window: QMainWindow) -> QAction:
    """Add Help ▸ Keyboard shortcuts (first in the Help menu)."""
    help_menu = window.help_menu  # type: ignore[attr-defined]
    action = QAction(QCoreApplication.translate("ShortcutsDialog", "&Keyboard shortcuts"), window)
    action.setShortcut(QKeySequence("Ctrl+F1"))
    action.triggered.connect(lambda: ShortcutsDialog(window).exec())
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, action)
    if first is not None:
        help_menu.insertSeparator(first)
    return action
