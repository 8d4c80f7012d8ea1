"""The whole window in Persian: right to left, Persian texts and digits, Jalali dates; English
stays left to right and English; the language choice is stored for the next start."""

from __future__ import annotations

import argparse

import pytest
from helpers.ui import make_project
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from qods_planner.model import EventInfo
from ui.commands import MoveBooths
from ui.dialogs.event_dialog import EventDialog
from ui.document import Document
from ui.i18n import (
    SETTINGS_KEY,
    format_fixed,
    format_timestamp,
    install_language,
    left_to_right,
    translate_into,
)
from ui.main_window import MainWindow
from ui.open_cli import register
from ui.user_settings import settings
from ui.workspace import install_workspace

LRI, PDI = "\u2066", "\u2069"
ASCII_DIGITS = set("0123456789")


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def language(qapp):
    """Install a language before the window is built; English and the old locale after."""
    locale = QLocale()
    yield lambda lang: install_language(qapp, lang)
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def build(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(Document(make_project()), recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


@pytest.fixture
def persian(language, qtbot, tmp_path) -> MainWindow:
    language("fa")
    return build(qtbot, tmp_path)


@pytest.fixture
def english(language, qtbot, tmp_path) -> MainWindow:
    language("en")
    return build(qtbot, tmp_path)


# --- right to left ---------------------------------------------------------------------------


def test_the_persian_window_is_laid_out_right_to_left(persian):
    rtl = Qt.LayoutDirection.RightToLeft
    assert persian.layoutDirection() == rtl
    assert persian.properties.layoutDirection() == rtl
    assert persian.properties.isRightToLeft() and persian.legend.isRightToLeft()
    assert persian.menuBar().isRightToLeft() and persian.statusBar().isRightToLeft()
    assert persian.file_menu.isRightToLeft() and persian.editor_toolbar.isRightToLeft()
    assert persian.editor.view.isRightToLeft()  # its scroll bars on the left


def test_the_panels_are_mirrored_to_the_left_in_persian(persian, english):
    """Qt does not mirror dock areas; the window does, as a Persian reader expects: the plan
    first, at the right, its panels after it, at the left."""
    for window, area in (
        (persian, Qt.DockWidgetArea.LeftDockWidgetArea),
        (english, Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        window.resize(1200, 800)
        window.show()
        assert window.dockWidgetArea(window.properties) == area
        assert window.dockWidgetArea(window.legend) == area
    assert persian.properties.geometry().right() < persian.centralWidget().geometry().left()
    assert english.properties.geometry().left() > english.centralWidget().geometry().right()


def test_menus_tool_bar_and_panels_speak_persian(persian):
    assert menu_titles(persian) == ["فایل", "ویرایش", "نما", "درج", "ابزارها", "راهنما"]
    actions = persian.editor.actions()
    assert actions["select"].text() == "انتخاب"
    assert actions["draw_booth"].text() == "رسم غرفه"
    assert actions["fit_all"].text() == "نمایش همهٔ سالن‌ها"
    assert persian.properties.windowTitle() == "ویژگی‌ها"
    assert persian.legend.windowTitle() == "راهنمای رنگ‌ها — بر اساس رسته"
    assert persian.language_menu.title().replace("&", "") == "زبان"
    assert persian.undo_action.text().replace("&", "") == "واگرد"


def test_the_status_bar_reads_in_persian_digits(persian):
    indicators = persian.indicators
    persian.editor.cursor_moved.emit(12.5, 3.0)
    assert indicators.cursor.text() == "افقی ۱۲٫۵۰ متر  عمودی ۳٫۰۰ متر"
    indicators.show_zoom(150.0)
    assert indicators.zoom.text() == "بزرگ‌نمایی ۱۵۰٪"
    persian.validate_now()
    shown = indicators.violations.text()
    assert "کاستی‌ها" in shown or "بدون مشکل" in shown
    assert not ASCII_DIGITS & set(shown)


def test_the_hall_form_shows_areas_and_counts_in_persian_digits(persian):
    form = persian.properties.hall_form
    persian.properties.refresh()
    assert form.area.text() == "۶۰۰ متر مربع"  # 30 m × 20 m
    assert form.booths.text() == "۶ (۵۴ متر مربع)"
    assert form.width.text() == "۳۰٫۰۰ متر"
    assert form.hall.currentText() == "سالن ۱ — Hall 1"  # the Persian name first


def test_a_booth_label_stays_ascii_while_its_area_reads_in_persian(persian):
    persian.editor.select_booths(["b-1"])
    form = persian.properties.booth_form
    assert form.count.text() == "غرفه A-01"
    assert form.area.text() == "۹ متر مربع"
    assert form.label.text() == "A-01"


def test_undo_texts_count_in_persian_digits(persian):
    project = persian.document.project
    persian.document.undo_stack.push(MoveBooths(project, ["b-2", "b-3"], 0, 100))
    assert persian.undo_action.text().endswith("جابه‌جایی ۲ غرفه")


def test_undo_texts_name_a_hall_in_persian(persian):
    """Add hall's undo text used the English name in the Persian window ("Hall 2")."""
    window = persian
    install_workspace(window)
    window.features.hall_actions.do_add()
    assert window.undo_action.text().endswith("سالن ۲"), window.undo_action.text()
    assert "Hall" not in window.undo_action.text()


def test_opening_a_file_names_its_path_as_one_left_to_right_run(persian, tmp_path):
    from qods_planner.files import save_project

    path = tmp_path / "fair.qods.json"
    save_project(make_project(), path)
    assert persian.files.open_path(path)
    assert persian.statusBar().currentMessage() == f"باز شد: {LRI}{path}{PDI}"


# --- English ---------------------------------------------------------------------------------


def test_english_stays_left_to_right_and_english(english):
    ltr = Qt.LayoutDirection.LeftToRight
    assert english.layoutDirection() == ltr
    assert english.properties.layoutDirection() == ltr
    assert menu_titles(english) == ["File", "Edit", "View", "Insert", "Tools", "Help"]
    assert english.editor.actions()["select"].text() == "Select"
    english.indicators.show_zoom(150.0)
    assert english.indicators.zoom.text() == "Zoom 150 %"
    english.properties.refresh()
    assert english.properties.hall_form.area.text() == "600 m²"
    assert english.properties.hall_form.hall.currentText() == "Hall 1 — سالن ۱"


# --- the language choice ---------------------------------------------------------------------


def test_the_language_menu_stores_the_choice_and_says_when_it_applies(english, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _p, title, text: shown.append((title, text))),
    )
    actions = english.language_actions
    assert [a.text() for a in english.language_menu.actions()] == ["فارسی", "English"]
    assert actions["en"].isChecked() and not actions["fa"].isChecked()
    actions["fa"].trigger()
    assert settings().value(SETTINGS_KEY) == "fa"
    assert actions["fa"].isChecked() and not actions["en"].isChecked()
    # Said in Persian, the language just chosen, though the interface is still English.
    assert shown == [
        (
            "زبان",
            "زبان انتخاب‌شده از اجرای بعدی برنامه‌ریز نمایشگاه قدس به کار می‌رود:"
            " برنامه را ببندید و دوباره باز کنید.",
        )
    ]
    assert menu_titles(english)[0] == "File"  # nothing re-translated under the user's eyes
    actions["en"].trigger()
    assert settings().value(SETTINGS_KEY) == "en"
    assert len(shown) == 1  # back to the language on screen: nothing to say


@pytest.fixture
def start_up(qapp, language):
    """The program's start-up path (`create_app`); the application font put back after."""
    from ui.app import create_app

    font = qapp.font()
    yield create_app
    qapp.setFont(font)


def test_the_stored_choice_is_the_language_of_the_next_start(english, qapp, start_up, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    english.language_actions["fa"].trigger()
    start_up(["x"])
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_open_command_takes_a_language(monkeypatch, tmp_path):
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["open", "--language", "fa"])
    assert args.language == "fa"
    seen = {}
    monkeypatch.setattr("ui.app.main", lambda **kw: seen.update(kw) or 0)
    assert args.handler(args) == 0
    assert seen == {"project": None, "language": "fa"}
    with pytest.raises(SystemExit):
        parser.parse_args(["open", "--language", "de"])


def test_a_global_language_option_reaches_the_window_too(monkeypatch):
    """The dispatcher may take `--language` out before `open` parses its arguments."""
    from ui.open_cli import typed_language

    assert typed_language(["--language", "fa", "open", "x.qods.json"]) == "fa"
    assert typed_language(["open", "--language=en"]) == "en"
    assert typed_language(["open", "--", "--language", "fa"]) is None
    assert typed_language(["open", "--language", "de"]) is None
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["open"])
    seen = {}
    monkeypatch.setattr("ui.app.main", lambda **kw: seen.update(kw) or 0)
    monkeypatch.setattr("sys.argv", ["qods-planner", "--language", "fa", "open"])
    args.handler(args)
    assert seen["language"] == "fa"


def test_a_language_given_at_start_up_wins_without_being_stored(qapp, start_up):
    settings().setValue(SETTINGS_KEY, "en")
    start_up(["x"], "fa")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert settings().value(SETTINGS_KEY) == "en"


# --- the exhibition's dates ------------------------------------------------------------------


def test_the_exhibition_dates_are_entered_in_jalali_and_stored_iso(persian, qtbot):
    project, stack = persian.document.project, persian.document.undo_stack
    project.set_event(EventInfo(name_fa="نمایشگاه قدس", start="2026-10-04", end="2026-10-07"))
    dialog = EventDialog(project, stack, persian)
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft()
    assert (dialog.start.text(), dialog.end.text()) == ("۱۴۰۵/۰۷/۱۲", "۱۴۰۵/۰۷/۱۵")
    dialog.end.lineEdit().setText("۱۴۰۵/۰۷/۱۶")
    dialog.end.interpretText()
    dialog.name_en.setText("Qods Fair")
    dialog.accept()
    assert (project.event.start, project.event.end) == ("2026-10-04", "2026-10-08")
    assert project.event.name_en == "Qods Fair"
    assert stack.count() == 1
    stack.undo()
    assert project.event.end == "2026-10-07"


def test_an_end_before_the_start_is_refused_in_the_dialog(persian, qtbot):
    project = persian.document.project
    project.set_event(EventInfo(start="2026-10-04", end="2026-10-07"))
    dialog = EventDialog(project, persian.document.undo_stack, persian)
    qtbot.addWidget(dialog)
    dialog.end.set_iso("2026-10-01")
    dialog.accept()
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text()
    assert project.event.end == "2026-10-07"
    assert persian.document.undo_stack.count() == 0
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "تأیید"


def test_the_names_language_of_the_plan_follows_the_exhibition(persian, qtbot):
    project = persian.document.project
    dialog = EventDialog(project, persian.document.undo_stack, persian)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert project.event.language == "en"
    assert persian.editor.language == "en"
    persian.document.undo_stack.undo()
    assert persian.editor.language == "fa"


def test_the_menu_opens_the_exhibition_details(persian, monkeypatch):
    opened = []
    monkeypatch.setattr(EventDialog, "exec", lambda self: opened.append(self) or 0)
    persian.event_action.trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "اطلاعات نمایشگاه"
    assert persian.event_action in persian.file_menu.actions()


# --- reading helpers -------------------------------------------------------------------------


def test_left_to_right_isolates_only_in_persian():
    assert left_to_right("/tmp/a.json", "fa") == f"{LRI}/tmp/a.json{PDI}"
    assert left_to_right("/tmp/a.json", "en") == "/tmp/a.json"
    assert left_to_right("", "fa") == ""


def test_a_recovery_time_reads_in_jalali():
    assert format_timestamp("2026-10-04 13:05", "fa") == "۱۴۰۵/۰۷/۱۲ ۱۳:۰۵"
    assert format_timestamp("2026-10-04 13:05", "en") == "2026-10-04 13:05"
    assert format_timestamp("yesterday", "fa") == "yesterday"


def test_fixed_decimals_do_not_jump():
    assert format_fixed(12.5, 2, "fa") == "۱۲٫۵۰"
    assert format_fixed(3, 2, "en") == "3.00"


def test_a_text_can_be_said_in_another_language_than_the_interfaces(language):
    language("en")
    assert translate_into("fa", "MainWindow", "Language") == "زبان"
    assert translate_into("en", "MainWindow", "Language") == "Language"
    assert translate_into("fa", "MainWindow", "no such text") == "no such text"
