"""The hall actions (add, duplicate, delete, move earlier / later) and where they are offered:
the Insert menu's Halls submenu, the canvas's context menu and buttons under the hall list of
the properties panel. Each action is one undo step on the current document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QToolButton,
    QWidget,
)

from ..i18n import current_language
from .hall_commands import AddHall, DeleteHall, DuplicateHall, MoveHall, new_hall


class HallActions(QObject):
    """Hall actions on a window's current hall (or the one `chooser` names)."""

    def __init__(self, window: QMainWindow, chooser: Callable[[], str | None] | None = None):
        super().__init__(window)
        self.window = window
        self.chooser = chooser
        self.add = QAction(self.tr("&Add hall"), window)
        self.add.setStatusTip(self.tr("A new empty 40 × 30 m hall beside the others"))
        self.duplicate = QAction(self.tr("D&uplicate hall"), window)
        self.duplicate.setStatusTip(self.tr("A copy of the current hall with its booths"))
        self.delete = QAction(self.tr("De&lete hall…"), window)
        self.delete.setStatusTip(self.tr("Remove the current hall with its booths"))
        self.earlier = QAction(self.tr("Move hall &earlier"), window)
        self.later = QAction(self.tr("Move hall la&ter"), window)
        self.add.triggered.connect(self.do_add)
        self.duplicate.triggered.connect(self.do_duplicate)
        self.delete.triggered.connect(self.do_delete)
        self.earlier.triggered.connect(lambda: self.do_move(-1))
        self.later.triggered.connect(lambda: self.do_move(1))

    def all(self) -> list[QAction]:
        return [self.add, self.duplicate, self.delete, self.earlier, self.later]

    # -- what the actions act on -------------------------------------------------------------
    def hall_id(self) -> str | None:
        chosen = self.chooser() if self.chooser else self.window.editor.current_hall()
        return chosen if chosen in self.window.document.project.halls else None

    def update(self) -> None:
        halls = list(self.window.document.project.halls)
        hall = self.hall_id()
        for action in (self.duplicate, self.delete):
            action.setEnabled(hall is not None)
        self.earlier.setEnabled(hall is not None and halls.index(hall) > 0)
        self.later.setEnabled(hall is not None and halls.index(hall) < len(halls) - 1)

    def _push(self, command: QUndoCommand, show: str | None = None) -> None:
        self.window.document.undo_stack.push(command)
        if show is not None:
            self.window.editor.set_hall(show)
        self.update()

    # -- the actions -------------------------------------------------------------------------
    def do_add(self) -> str:
        hall = new_hall(self.window.document.project)
        self._push(AddHall(self.window.document.project, hall), hall.id)
        return hall.id

    def do_duplicate(self) -> str | None:
        hall = self.hall_id()
        if hall is None:
            return None
        command = DuplicateHall(self.window.document.project, hall)
        self._push(command, command.hall_id)
        return command.hall_id

    def do_delete(self) -> bool:
        """Delete the hall, first asking when it holds booths or stands."""
        hall_id = self.hall_id()
        if hall_id is None:
            return False
        project = self.window.document.project
        booths = {b.id for b in project.booths_in(hall_id)}
        stands = [e for e, held in project.plan.stands.items() if booths & set(held)]
        if booths:
            hall = project.halls[hall_id]
            name = hall.name(current_language())
            text = self.tr("Delete hall {name} with its %n booth(s)?", "", len(booths)).format(
                name=f"\u2068{name}\u2069"
            )
            if stands:
                text += " " + self.tr(
                    "%n exhibitor(s) lose their stand and go to the waiting list.", "", len(stands)
                )
            answer = QMessageBox.question(
                self.window,
                self.tr("Delete hall"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._push(DeleteHall(project, hall_id))
        return True

    def do_move(self, step: int) -> None:
        hall = self.hall_id()
        if hall is not None:
            self._push(MoveHall(self.window.document.project, hall, step))


def _hall_list_buttons(window: QMainWindow) -> HallActions | None:
    """Buttons under the properties panel's hall list, acting on the hall chosen there."""
    form = getattr(getattr(window, "properties", None), "hall_form", None)
    if form is None:
        return None
    actions = HallActions(window, chooser=form.hall_id)
    row = QWidget(form)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    # Icons only: a row of worded buttons would widen the panel and squeeze the plan.
    pixmap = QStyle.StandardPixmap
    icons = (
        ("list-add", pixmap.SP_FileDialogNewFolder),
        ("edit-copy", pixmap.SP_FileDialogDetailedView),
        ("list-remove", pixmap.SP_TrashIcon),
        ("go-up", pixmap.SP_ArrowUp),
        ("go-down", pixmap.SP_ArrowDown),
    )
    for action, (theme, fallback) in zip(actions.all(), icons, strict=True):
        action.setIcon(QIcon.fromTheme(theme, form.style().standardIcon(fallback)))
        action.setToolTip(action.text().replace("&", ""))
        button = QToolButton(row)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        layout.addWidget(button)
    layout.addStretch(1)
    form.layout().insertRow(2, row)
    form.hall.currentIndexChanged.connect(lambda _i: actions.update())
    return actions


def install_halls(window: QMainWindow) -> HallActions:
    """Add the hall actions to the Insert menu, the canvas's context menu and the hall list."""
    actions = HallActions(window)
    window.features.hall_actions = actions
    menu = QMenu(QCoreApplication.translate("HallActions", "&Halls"), window)
    menu.addActions(actions.all())
    first = window.insert_menu.actions()[0] if window.insert_menu.actions() else None
    window.insert_menu.insertMenu(first, menu)
    if first is not None:
        window.insert_menu.insertSeparator(first)
    window.features.hall_list_actions = _hall_list_buttons(window)

    def follow(_document=None) -> None:
        window.editor.extra_context_actions = [actions.add, actions.duplicate, actions.delete]
        window.editor.hall_changed.connect(lambda _h: actions.update())
        unsubscribe = window.document.project.subscribe(lambda _c: refresh())
        window.document.destroyed.connect(lambda *_: unsubscribe())
        refresh()

    def refresh() -> None:
        actions.update()
        if window.features.hall_list_actions is not None:
            window.features.hall_list_actions.update()

    window.document_changed.connect(follow)
    follow()
    return actions
