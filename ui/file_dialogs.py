"""Open and save file dialogs, and the folder picker, that read natively in Persian.

Qt's own dialog is translated by `qtbase_fa.qm`, but its file list writes modification dates in
the Gregorian calendar with Latin digits. In Persian the dialogs here use Qt's widget dialog
with `JalaliDates` over its file list, so dates read as everywhere else in the program
(`format_timestamp`). In English they are Qt's static dialogs (native where the platform has
them), unchanged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

from .i18n import current_language, format_number, format_timestamp, left_to_right

SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN = 1, 2, 3  # QFileSystemModel: name, size, type, date modified
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class JalaliDates(QIdentityProxyModel):
    """A file-system model whose "Date Modified" column is Jalali with Persian digits, and
    whose "Size" and "Type" columns are Persian (qtbase_fa.qm lacks "Folder" and "xlsx File";
    sizes are the system locale's "15.29 KiB")."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        source = self.sourceModel()
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(source, QFileSystemModel):
            return super().data(index, role)
        if index.column() == DATE_COLUMN:
            moment = source.lastModified(self.mapToSource(index))
            if moment.isValid():
                return format_timestamp(moment.toString("yyyy-MM-dd HH:mm"), "fa")
        if index.column() == SIZE_COLUMN and not source.isDir(self.mapToSource(index)):
            kilobytes = source.size(self.mapToSource(index)) / 1024  # Qt writes "15.29 KiB"
            return self.tr("{size} KB").format(size=format_number(kilobytes, "fa", 1))
        if index.column() == TYPE_COLUMN:
            info = source.fileInfo(self.mapToSource(index))
            if info.isDir():
                return self.tr("Folder")
            if info.suffix():
                return self.tr("{suffix} file").format(suffix=left_to_right(info.suffix()))
            return self.tr("File")
        return super().data(index, role)


def persian_file_dialog(
    parent: QWidget | None, title: str, directory: str, filters: str, save: bool
) -> QFileDialog:
    """Qt's widget file dialog, every word and date of it in Persian."""
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setProxyModel(JalaliDates(dialog))
    # qtbase_fa.qm has these two, but the widget dialog sets them before it is translated.
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("QFileDialog", "Look in:"))
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, translate("QFileDialog", "Files of type:")
    )
    for view in dialog.findChildren(QTreeView):  # the detail view: sizes and dates whole
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _persian_dialog(
    parent: QWidget | None, title: str, directory: str, filters: str, save: bool
) -> tuple[str, str]:
    dialog = persian_file_dialog(parent, title, directory, filters, save)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def open_file_name(
    parent: QWidget | None, title: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """(path, filter) of an existing file the user chose; ("", "") when cancelled."""
    if current_language() == "fa":
        return _persian_dialog(parent, title, directory, filters, save=False)
    return QFileDialog.getOpenFileName(parent, title, directory, filters)


def save_file_name(
    parent: QWidget | None, title: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """(path, filter) to write to; ("", "") when cancelled. Asks before replacing a file."""
    if current_language() == "fa":
        return _persian_dialog(parent, title, directory, filters, save=True)
    return QFileDialog.getSaveFileName(parent, title, directory, filters)


def save_path(
    parent: QWidget | None, title: str, suggested: str, suffix: str, filters: str
) -> str | None:
    """The file to write to; None when cancelled. `suffix` ends the suggested name
    ("-catalogue.pdf"); its extension is added when the user typed a name without it
    ("cat" → "cat.pdf"), and a name that has it is kept as typed."""
    chosen, _ = save_file_name(parent, title, suggested, filters)
    if not chosen:
        return None
    extension = Path(suffix).suffix or suffix
    return chosen if chosen.lower().endswith(extension.lower()) else chosen + extension


def persian_folder_dialog(parent: QWidget | None, title: str, directory: str) -> QFileDialog:
    """Qt's widget dialog choosing an existing folder, in Persian as the file dialogs are."""
    dialog = persian_file_dialog(parent, title, directory, "", save=False)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def existing_folder(parent: QWidget | None, title: str, directory: str = "") -> str:
    """An existing folder the user chose; "" when cancelled."""
    if current_language() != "fa":
        return QFileDialog.getExistingDirectory(parent, title, directory)
    dialog = persian_folder_dialog(parent, title, directory)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def suggested_beside(project_path: str | None, suffix: str, unsaved: str) -> str:
    """A file name beside the project file, named after it (`fair.qods.json` →
    `fair<suffix>`); `unsaved + suffix` for a project not saved yet."""
    if project_path is None:
        return unsaved + suffix
    name = Path(project_path).name.removesuffix(".json").removesuffix(".qods")
    return str(Path(project_path).with_name(name + suffix))
