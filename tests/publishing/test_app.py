"""The publishing actions in the app: Planning ▸ Letters to exhibitors… and Move notices…,
File ▸ Export ▸ Catalogue / Floor map / Space report, the Space report panel, and the new
fields of the exhibition and exhibitor dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from qods_planner.publishing.letters import file_name
from qods_planner.publishing.stand_facts import placed_stands
from ui.dialogs.event_dialog import EventDialog


def _texts(menu) -> list[str]:
    return [a.text() for a in menu.actions()]


def test_the_menus_offer_letters_notices_catalogue_map_and_space_report(window):
    assert "Letters to exhibitors…" in _texts(window.features.plan_menu)
    assert "Move notices…" in _texts(window.features.plan_menu)
    exports = _texts(window.features.exchange.export_menu)
    for text in (
        "Catalogue for visitors (PDF)…",
        "Floor map for visitors (HTML)…",
        "Space report (PDF)…",
        "Fair order (PDF)…",
    ):
        assert text in exports


def test_letters_from_the_app(window, tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    assert window.features.publishing.do_letters(str(folder))
    project = window.document.project
    expected = {file_name(project.exhibitors[e]) for e in placed_stands(project)}
    assert {p.name for p in folder.glob("E*.pdf")} == expected
    assert "131" in window.statusBar().currentMessage()


def test_move_notices_without_a_published_plan_say_why(window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    assert not window.features.publishing.do_notices(str(tmp_path))
    assert "publish" in said[0]
    assert list(tmp_path.glob("*.pdf")) == []


def test_catalogue_map_and_space_report_from_the_app(window, tmp_path):
    assert window.features.publishing.do_catalogue(str(tmp_path / "book.pdf"))
    assert window.features.publishing.do_floor_map(str(tmp_path / "map.html"))
    assert window.features.publishing.do_space_report(str(tmp_path / "space.pdf"))
    assert (tmp_path / "book.pdf").stat().st_size > 10_000
    assert "Content-Security-Policy" in (tmp_path / "map.html").read_text(encoding="utf-8")
    assert (tmp_path / "space.pdf").read_bytes().startswith(b"%PDF")
    assert window.features.publishing.do_fairness(str(tmp_path / "fair.pdf"))
    assert (tmp_path / "fair.pdf").read_bytes().startswith(b"%PDF")


def test_a_refused_file_is_a_message_not_a_traceback(window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    assert not window.features.publishing.do_floor_map(
        str(tmp_path / "no such folder" / "map.html")
    )
    assert len(said) == 1 and "does not exist" in said[0]


def test_the_space_panel_follows_the_plan(window, qtbot):
    panel = window.features.space_panel
    project = window.document.project
    before = panel.text()
    assert "Booth floor per hall" in before and "Persian Gulf Hall" in before
    placed = len(project.plan.stands)
    assert f"Total\t{placed}\t0\t" in before  # the sectors' total: placed, waitlisted
    gone = next(iter(project.plan.stands))
    project.set_plan(project.plan.without([gone]))
    qtbot.waitUntil(lambda: panel.text() != before, timeout=3000)
    assert f"Total\t{placed - 1}\t1\t" in panel.text()
    sector = next(t for t in panel.tables() if t.key == "sectors")
    assert sector.rows[-1][1] == placed - 1 and sector.rows[-1][2] == 1


def test_the_exhibition_dialog_edits_contact_and_move_in_notes(window, qtbot):
    project = window.document.project
    dialog = EventDialog(project, window.document.undo_stack, window)
    qtbot.addWidget(dialog)
    dialog.contact_en.setPlainText("Expo office, +98 21 1234")
    dialog.move_in_fa.setPlainText("تحویل غرفه‌ها از ساعت ۸")
    dialog.accept()
    assert project.event.contact_en == "Expo office, +98 21 1234"
    assert project.event.move_in_fa == "تحویل غرفه‌ها از ساعت ۸"
    window.document.undo_stack.undo()
    assert project.event.contact_en.startswith("Exhibition secretariat")


def test_the_exhibitor_dialog_sets_the_letters_language(window, qtbot):
    from ui.planning import Planning
    from ui.planning.exhibitor_dialog import ExhibitorDialog

    project = window.document.project
    dialog = ExhibitorDialog(window.findChild(Planning), ["E001"], window)
    qtbot.addWidget(dialog)
    dialog.fields["language"].choose("en")
    dialog.accept()
    assert project.exhibitors["E001"].language == "en"
