"""In Persian, the file dialogs' dates are Jalali with Persian digits."""

from __future__ import annotations

import os
from datetime import datetime

from PySide6.QtWidgets import QFileSystemModel

from ui.file_dialogs import DATE_COLUMN, JalaliDates


def test_modification_dates_read_in_the_jalali_calendar(qtbot, tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"x")
    moment = datetime(2026, 3, 21, 9, 30).timestamp()  # Nowruz 1405
    os.utime(path, (moment, moment))
    source = QFileSystemModel()
    source.setRootPath(str(tmp_path))
    proxy = JalaliDates()
    proxy.setSourceModel(source)
    root = source.index(str(tmp_path))
    qtbot.waitUntil(lambda: source.rowCount(root) == 1)
    shown = proxy.mapFromSource(source.index(str(path))).siblingAtColumn(DATE_COLUMN).data()
    assert shown == "۱۴۰۵/۰۱/۰۱ ۰۹:۳۰", shown
