"""Shared builders for the canvas tests: a small real project and mouse drags that hold buttons.

`qtbot.mouseMove` does not carry pressed buttons, so a drag sends `QMouseEvent`s with the
buttons set straight to the view's viewport.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from qods_planner.model import (
    Booth,
    BoothStatus,
    Entrance,
    Exhibitor,
    Hall,
    Obstacle,
    ObstacleKind,
    Plan,
    Project,
    Rect,
    Sector,
    Side,
)

AUTO = "#1f77b4"
FOOD = "#2ca02c"


def make_project() -> Project:
    """Hall H1 (30 m × 20 m) with a row of six 3 m × 3 m booths A-01…A-06 at (300, 300), a
    pillar P1 at (2000, 1000), two sectors, three exhibitors; E1 holds A-01+A-02 (locked),
    E2 holds A-04, E3 is waitlisted; A-06 is blocked."""
    p = Project()
    p.put_hall(
        Hall("H1", "سالن ۱", "Hall 1", Rect(0, 0, 3000, 2000), (Entrance(Side.BOTTOM, 1200, 400),))
    )
    p.put_sector(Sector("auto", "قطعات خودرو", "Automotive parts", AUTO))
    p.put_sector(Sector("food", "غذایی", "Food", FOOD))
    p.put_exhibitors(
        [
            Exhibitor("E1", "ایران خودرو قطعه", "Iran Khodro Parts", "auto", 18, 9, 24),
            Exhibitor("E2", "شیر پاستوریزه", "Milk Co", "food", 9, 9, 12),
            Exhibitor("E3", "سایپا", "Saipa", "auto", 9, 9, 12),
        ]
    )
    booths = [
        Booth(
            f"b-{i}",
            f"A-{i:02}",
            "H1",
            Rect(300 * i, 300, 300, 300),
            status=BoothStatus.BLOCKED if i == 6 else BoothStatus.AVAILABLE,
        )
        for i in range(1, 7)
    ]
    p.put_booths(booths)
    p.put_obstacle(Obstacle("P1", "H1", ObstacleKind.PILLAR, Rect(2000, 1000, 100, 100), "P1"))
    p.set_plan(Plan({"E1": ("b-1", "b-2"), "E2": ("b-4",)}, frozenset({"E1"})))
    return p


def snapshot(p: Project) -> tuple:
    """Everything an editor command may change, comparable with ==."""
    return (
        dict(p.halls),
        dict(p.obstacles),
        dict(p.booths),
        p.plan,
        dict(p.exhibitors),
    )


def _send(
    view: QGraphicsView,
    kind: QEvent.Type,
    pos: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier,
) -> None:
    viewport = view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def view_pos(view: QGraphicsView, x_cm: float, y_cm: float) -> QPoint:
    """Viewport pixel of a scene point."""
    return view.mapFromScene(QPointF(x_cm, y_cm))


def drag(
    view: QGraphicsView,
    start: tuple[float, float],
    end: tuple[float, float],
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    steps: int = 4,
) -> None:
    """Press at scene point `start`, move in `steps` with the button held, release at `end`."""
    a, b = view_pos(view, *start), view_pos(view, *end)
    none = Qt.MouseButton.NoButton
    _send(view, QEvent.Type.MouseButtonPress, a, button, button, modifiers)
    for i in range(1, steps + 1):
        p = QPoint(a.x() + (b.x() - a.x()) * i // steps, a.y() + (b.y() - a.y()) * i // steps)
        _send(view, QEvent.Type.MouseMove, p, none, button, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, b, button, none, modifiers)


def click(
    view: QGraphicsView,
    at: tuple[float, float],
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
) -> None:
    """Press and release at a scene point."""
    p = view_pos(view, *at)
    _send(view, QEvent.Type.MouseButtonPress, p, button, button, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, p, button, Qt.MouseButton.NoButton, modifiers)


class FakePrompts:
    """Canned answers instead of modal dialogs; `asked` records the questions."""

    def __init__(self, **answers) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def _answer(self, name: str):
        self.asked.append(name)
        return self.answers.get(name)

    def ask_distance(self):
        return self._answer("distance")

    def ask_split_count(self):
        return self._answer("split")

    def ask_row(self, project, hall_id, x, y):
        self.asked.append("row")
        spec = self.answers.get("row")
        return spec(hall_id, x, y) if callable(spec) else spec

    def ask_renumber(self, prefix):
        return self._answer("renumber")

    def ask_picture(self):
        return self._answer("picture")

    def ask_opacity(self, current):
        return self._answer("opacity")


def make_editor(qtbot, project: Project | None = None, size: tuple[int, int] = (900, 700)):
    """A shown editor on `project` (the small sample by default), the hall fitted."""
    from PySide6.QtGui import QUndoStack

    from ui.editor import Editor

    editor = Editor(project or make_project(), QUndoStack())
    editor.prompts = FakePrompts()
    qtbot.addWidget(editor.view)
    editor.view.resize(*size)
    editor.view.show()
    qtbot.waitExposed(editor.view)
    editor.fit_hall()
    editor.messages = []
    editor.status_message.connect(editor.messages.append)
    return editor


def picture_file(tmp_path, w: int = 300, h: int = 200) -> str:
    """A plain PNG of w × h pixels, standing in for a scanned venue plan."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    path = tmp_path / "venue.png"
    assert image.save(str(path))
    return str(path)
