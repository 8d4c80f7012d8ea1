"""One-shot edits of the selection, behind the editor's actions: delete, duplicate, rotate,
merge, split, renumber and the row generator. Each builds its command from the model, asks
what it must (through `editor.prompts`), and pushes one undo step or says why not."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from qods_planner.model import ModelError

from ..commands import (
    AddBooths,
    MergeBooths,
    Refused,
    RemoveBooths,
    RemoveObstacle,
    RenumberBooths,
    RotateBooths,
    SplitBooth,
)
from ..commands.generate import row_booths
from ..commands.naming import label_scheme, new_ids, next_labels, pattern_labels, reading_order
from .host import EditorHost

translate = QCoreApplication.translate


def _guarded(fn):
    """Run an operation; a refusal or a model error becomes a status message."""

    def run(editor: EditorHost) -> bool:
        try:
            return bool(fn(editor))
        except (Refused, ModelError) as exc:
            editor.refuse(str(exc))
            return False

    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


def _booths_or_refuse(editor: EditorHost) -> list[str]:
    ids = editor.selected_booth_ids()
    if not ids:
        raise Refused(translate("Operations", "Select one or more booths first"))
    return ids


@_guarded
def delete(editor: EditorHost) -> bool:
    """Delete the selected booths and obstacles (one undo step)."""
    booths, obstacles = editor.selected_booth_ids(), editor.scene.selected_obstacle_ids()
    if not booths and not obstacles:
        raise Refused(translate("Operations", "Nothing is selected"))
    commands = []
    if booths:
        commands.append(RemoveBooths(editor.project, booths))
    if obstacles:
        commands.append(RemoveObstacle(editor.project, obstacles))
    if len(commands) == 1:
        return editor.try_push(commands[0])
    return editor.try_push_group(translate("Operations", "Delete selection"), *commands)


@_guarded
def duplicate(editor: EditorHost) -> bool:
    """Copy the selected booths next to themselves: to the right if there is room, else below,
    else to the left or above. The copies are free booths with the hall's next labels."""
    project = editor.project
    booths = [project.booths[b] for b in _booths_or_refuse(editor)]
    union = booths[0].rect
    for b in booths[1:]:
        union = union.union(b.rect)
    ids = new_ids(project.booths, "b", len(booths))
    reason = None
    for dx, dy in ((union.w, 0), (0, union.h), (-union.w, 0), (0, -union.h)):
        copies = []
        labels: dict[str, list[str]] = {}
        for hall in dict.fromkeys(b.hall_id for b in booths):
            labels[hall] = next_labels(project, hall, sum(b.hall_id == hall for b in booths))
        for new_id, b in zip(ids, reading_order(booths), strict=True):
            copies.append(
                replace(b, id=new_id, label=labels[b.hall_id].pop(0), rect=b.rect.moved(dx, dy))
            )
        reason = editor.booth_refusal(copies)
        if reason is None:
            if editor.try_push(AddBooths(project, copies)):
                editor.scene.select([c.id for c in copies])
                return True
            return False
    editor.refuse(translate("Operations", "No room to duplicate here: {0}").format(reason))
    return False


@_guarded
def rotate(editor: EditorHost) -> bool:
    """Turn the selected booths a quarter clockwise as a group."""
    ids = _booths_or_refuse(editor)
    return editor.try_push(RotateBooths(editor.project, ids))


@_guarded
def merge(editor: EditorHost) -> bool:
    """Merge the selected straight run of booths into one booth."""
    ids = _booths_or_refuse(editor)
    command = MergeBooths(editor.project, ids)
    if editor.try_push(command):
        editor.scene.select([command.after[0].id])
        return True
    return False


@_guarded
def split(editor: EditorHost) -> bool:
    """Split the one selected booth into N equal booths (N asked)."""
    ids = _booths_or_refuse(editor)
    if len(ids) != 1:
        raise Refused(translate("Operations", "Select exactly one booth to split"))
    n = editor.prompts.ask_split_count()
    if n is None:
        return False
    command = SplitBooth(editor.project, ids[0], n)
    if editor.try_push(command):
        editor.scene.select([b.id for b in command.after])
        return True
    return False


@_guarded
def renumber(editor: EditorHost) -> bool:
    """Relabel the selection in reading order from a pattern (asked)."""
    project = editor.project
    ids = _booths_or_refuse(editor)
    prefix, _, _ = label_scheme(project, project.booths[ids[0]].hall_id)
    answer = editor.prompts.ask_renumber(prefix)
    if answer is None:
        return False
    pattern, start, right_to_left = answer
    ordered = reading_order([project.booths[b] for b in ids], right_to_left)
    labels = pattern_labels(pattern, start, len(ordered))
    return editor.try_push(RenumberBooths(project, [b.id for b in ordered], labels))


@_guarded
def generate_row(editor: EditorHost) -> bool:
    """Ask for a row or island of booths and add it to the current hall."""
    hall = editor.current_hall()
    if hall is None:
        raise Refused(translate("Operations", "Add a hall first"))
    x, y = editor.last_point(hall)
    spec = editor.prompts.ask_row(editor.project, hall, x, y)
    if spec is None:
        return False
    booths = row_booths(editor.project, spec)
    if editor.try_push(AddBooths(editor.project, booths)):
        editor.scene.select([b.id for b in booths])
        return True
    return False
