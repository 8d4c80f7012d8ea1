"""Page 1 of the import: which sheet, which header row, what each column means, and (for
exhibitors) which project sector each sector word of the sheet stands for.

Guesses come from the core's `preview`, helped by what the user confirmed before (stored in
the settings as JSON under `MAPPING_KEY` and `SECTORS_KEY`).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qods_planner.excel import ColumnMapping, ExcelError, SheetPreview, preview
from qods_planner.excel.columns import IGNORE, Column
from qods_planner.model import Project
from qods_planner.text import normalise_key
from ui.i18n import current_language, left_to_right

EXHIBITORS, BOOTHS = "exhibitors", "booths"
MAPPING_KEY = "excel/{kind}_columns"  # JSON: header key → field
SECTORS_KEY = "excel/sector_words"  # JSON: normalised sheet word → sector id
SAMPLE_LINES = 3


def load_json(settings: QSettings, key: str) -> dict[str, str]:
    """A stored JSON object of strings ({} when absent or damaged)."""
    try:
        value = json.loads(str(settings.value(key, "{}")))
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MappingPage(QWidget):
    def __init__(
        self,
        project: Project,
        path: Path,
        settings: QSettings,
        kind: str,
        columns: tuple[Column, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.path, self.settings = project, path, settings
        self.kind, self.columns = kind, columns
        self.preview: SheetPreview | None = None
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        form = QFormLayout()
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.column_table = QTableWidget(0, 3)
        self.column_table.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("First values"), self.tr("Means")]
        )
        header = self.column_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sector_label = QLabel(self.tr("Sectors written in the sheet"))
        self.sector_table = QTableWidget(0, 2)
        self.sector_table.setHorizontalHeaderLabels([self.tr("In the sheet"), self.tr("Sector")])
        self.sector_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sector_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        # Shown when some sheet words have no sector; the dialog adds them (one undo step).
        self.add_sectors = QPushButton()
        self.add_sectors.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.column_table, 2)
        layout.addWidget(self.sector_label)
        layout.addWidget(self.sector_table, 1)
        layout.addWidget(self.add_sectors)
        self.sheet.activated.connect(lambda _i: self.load(sheet=self.sheet.currentText()))
        self.header_row.editingFinished.connect(
            lambda: self.load(sheet=self.sheet.currentText(), header_row=self.header_row.value())
        )

    def _field_names(self) -> list[tuple[str, str]]:
        """(field key, name shown) for the meaning drop-down; the first means "not imported"."""
        names = [("", self.tr("— not imported —"))]
        language = current_language()  # the reader's, like every word of this page
        for col in self.columns:
            if col.key != IGNORE:
                shown = col.header(language)
                names.append((col.key, shown + (" *" if col.required else "")))
        return names

    def load(self, sheet: str | None = None, header_row: int | None = None) -> bool:
        """Look at the workbook again (a sheet or header row chosen); False if unreadable."""
        remembered = load_json(self.settings, MAPPING_KEY.format(kind=self.kind))
        try:
            pv = preview(
                self.path,
                self.project,
                columns=self.columns,
                sheet=sheet,
                header_row=header_row,
                remembered=remembered,
            )
        except ExcelError as exc:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(exc, self.path))
            return False
        self.preview = pv
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(pv.sheets))
        self.sheet.setCurrentText(pv.sheet)
        self.sheet.blockSignals(False)
        self.header_row.setValue(pv.header_row or 1)
        self.note.setText(
            self.tr(
                "No header row was recognised. Choose the header row, then say what each "
                "column means."
            )
            if pv.header_row is None
            else self.tr("Check what each column means; columns marked * are needed.")
        )
        mapped = {c: k for k, c in (pv.mapping.columns.items() if pv.mapping else [])}
        names = self._field_names()
        self.column_table.setRowCount(len(pv.headers))
        for r, (column, header) in enumerate(sorted(pv.headers.items())):
            item = _read_only(header)
            item.setData(Qt.ItemDataRole.UserRole, column)
            self.column_table.setItem(r, 0, item)
            samples = pv.samples.get(column, ())[:SAMPLE_LINES]
            self.column_table.setItem(r, 1, _read_only(" | ".join(v for v in samples if v)))
            combo = QComboBox()
            for key, shown in names:
                combo.addItem(shown, key)
            combo.setCurrentIndex(max(0, combo.findData(mapped.get(column, ""))))
            combo.currentIndexChanged.connect(self._meaning_changed)
            self.column_table.setCellWidget(r, 2, combo)
        self._fill_sectors()
        return True

    def headers(self) -> dict[int, str]:
        """Column number → header text, as shown."""
        table = self.column_table
        return {
            table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, 0).text()
            for r in range(table.rowCount())
        }

    def _meaning_changed(self) -> None:
        """A column chosen (or no longer chosen) as the sector: list the sheet's sector words."""
        if self.kind != EXHIBITORS or self.preview is None:
            return
        mapping = self.mapping()
        try:
            pv = preview(
                self.path,
                self.project,
                columns=self.columns,
                sheet=mapping.sheet,
                header_row=mapping.header_row,
                remembered=mapping.remembered(self.headers()),
            )
        except ExcelError:
            return
        if pv.mapping is None or "sector" not in mapping.columns:
            pv = SheetPreview(
                pv.sheets, pv.sheet, pv.header_row, pv.headers, pv.samples, pv.mapping
            )
        self.preview = pv
        self._fill_sectors()

    def _fill_sectors(self, chosen_now: dict[str, str] | None = None) -> None:
        """List the sheet's sector words with a sector each: `chosen_now` (normalised word →
        id), else the user's earlier pick, the core's guess, or the remembered one."""
        words = self.preview.sector_values if self.preview else ()
        show = self.kind == EXHIBITORS and bool(words)
        self.sector_label.setVisible(show)
        self.sector_table.setVisible(show)
        remembered = load_json(self.settings, SECTORS_KEY)
        guessed = dict(self.preview.mapping.sectors) if self.preview.mapping else {}
        guessed |= self.sector_choices()  # what the user picked already stays picked
        guessed |= chosen_now or {}
        lang = current_language()  # the reader's language; the other when a name is missing
        self.sector_table.setRowCount(len(words) if show else 0)
        for r, word in enumerate(words if show else ()):
            self.sector_table.setItem(r, 0, _read_only(word))
            combo = QComboBox()
            combo.addItem(self.tr("— no sector —"), "")
            for s in self.project.sectors.values():
                combo.addItem(s.name(lang), s.id)
            key = normalise_key(word)
            chosen = guessed.get(key) or remembered.get(key) or ""
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._offer_new_sectors())
            self.sector_table.setCellWidget(r, 1, combo)
        self._offer_new_sectors()

    def unmapped_words(self) -> list[str]:
        """The sheet's sector words given no project sector (yet)."""
        words = []
        for r in range(self.sector_table.rowCount()):
            combo = self.sector_table.cellWidget(r, 1)
            if combo is not None and not combo.currentData():
                words.append(self.sector_table.item(r, 0).text())
        return words

    def _offer_new_sectors(self) -> None:
        count = len(self.unmapped_words())
        self.add_sectors.setText(self.tr("Add these %n sector(s) to the project", "", count))
        comma = "، " if current_language() == "fa" else ", "
        self.add_sectors.setToolTip(comma.join(self.unmapped_words()))
        self.add_sectors.setVisible(count > 0 and self.sector_table.isVisibleTo(self))

    def sector_choices(self) -> dict[str, str]:
        """normalise_key(sheet word) → sector id, for the words given a sector."""
        chosen = {}
        for r in range(self.sector_table.rowCount()):
            combo = self.sector_table.cellWidget(r, 1)
            if combo is not None and combo.currentData():
                chosen[normalise_key(self.sector_table.item(r, 0).text())] = combo.currentData()
        return chosen

    def mapping(self) -> ColumnMapping:
        """The mapping as the user set it on this page."""
        columns: dict[str, int] = {}
        for r in range(self.column_table.rowCount()):
            key = self.column_table.cellWidget(r, 2).currentData()
            if key and key not in columns:
                columns[key] = self.column_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        return ColumnMapping(
            self.sheet.currentText(), self.header_row.value(), columns, self.sector_choices()
        )

    def remember(self) -> None:
        """Store the confirmed mapping for the next import."""
        mapping = self.mapping()
        key = MAPPING_KEY.format(kind=self.kind)
        stored = load_json(self.settings, key)
        stored.update(mapping.remembered(self.headers()))
        self.settings.setValue(key, json.dumps(stored, ensure_ascii=False))
        if mapping.sectors:
            words = load_json(self.settings, SECTORS_KEY)
            words.update(mapping.sectors)
            self.settings.setValue(SECTORS_KEY, json.dumps(words, ensure_ascii=False))


def error_text(error: Exception, path: object) -> str:
    """The core's message about the file, with its path kept left to right in Persian (its
    slashes would otherwise move to the other end)."""
    text = str(error)
    return text.replace(str(path), left_to_right(str(path)))
