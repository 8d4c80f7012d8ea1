"""Fixtures shared by the interface tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Every interface test reads and writes its own settings, never the user's."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


@pytest.fixture
def discard_unsaved(monkeypatch):
    """Closing a test window with unsaved changes discards them instead of asking."""
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The interface in English as the program installs it (with its plural forms, so
    "%n booth(s)" reads "1 booth"), unless a test installs another language."""
    from ui.i18n import install_language

    install_language(qapp, "en")
