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


def test_the_persian_file_dialog_has_no_english_word_left(qtbot, tmp_path, qapp):
    """qtbase_fa.qm lacks "Folder" and "%1 File", and the widget dialog sets "Look in:" and
    "Files of type:" before its translation: seen in English in a Persian window."""
    from PySide6.QtWidgets import QLabel, QTreeView

    from ui.file_dialogs import TYPE_COLUMN, persian_file_dialog
    from ui.i18n import install_language

    (tmp_path / "halls").mkdir()
    (tmp_path / "plan.xlsx").write_bytes(b"x")
    install_language(qapp, "fa")
    try:
        dialog = persian_file_dialog(None, "t", str(tmp_path), "Excel (*.xlsx)", save=False)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {w.text() for w in dialog.findChildren(QLabel)}
        assert {"جستجو در:", "پرونده‌هایی از نوع:"} <= labels, labels
        view = dialog.findChildren(QTreeView)[0]
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
        kinds = {
            model.index(r, TYPE_COLUMN, view.rootIndex()).data()
            for r in range(model.rowCount(view.rootIndex()))
        }
        assert kinds == {"پوشه", "پروندهٔ \u2066xlsx\u2069"}, kinds
        sizes = {
            model.index(r, 1, view.rootIndex()).data()
            for r in range(model.rowCount(view.rootIndex()))
        }
        assert "۰ کیلوبایت" in sizes, sizes  # Qt wrote "1 bytes"/"0.00 KiB" in Latin
    finally:
        install_language(qapp, "en")


def test_qt_texts_missing_from_qtbase_fa_come_from_our_catalogue(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_language
    from ui.i18n.qt_gaps import QT_GAPS

    install_language(qapp, "fa")
    try:
        for context, text in QT_GAPS:
            persian = QCoreApplication.translate(context, text)
            assert persian != text and not any("a" <= c <= "z" for c in persian), persian
        from PySide6.QtGui import QKeySequence

        discard = QKeySequence("Ctrl+Backspace").toString(QKeySequence.SequenceFormat.NativeText)
        assert discard == "کنترل+پس‌بر", discard  # Planning ▸ Discard the proposed plan
    finally:
        install_language(qapp, "en")


def test_a_typed_name_keeps_its_extension_and_gets_one_when_it_has_none(qtbot, monkeypatch):
    import ui.file_dialogs as dialogs

    for typed, expected in (("/tmp/cat.pdf", "/tmp/cat.pdf"), ("/tmp/cat", "/tmp/cat.pdf")):
        monkeypatch.setattr(dialogs, "save_file_name", lambda *a, t=typed: (t, ""))
        assert dialogs.save_path(None, "t", "x-catalogue.pdf", "-catalogue.pdf", "") == expected
